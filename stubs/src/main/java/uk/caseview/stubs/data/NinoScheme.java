package uk.caseview.stubs.data;

/**
 * The bijection between generated citizens' indexes and their NINOs, and the persona range.
 *
 * <p>Every stub NINO starts with Z, so it is recognisably synthetic and still passes HMRC's format
 * rules ({@code uk.caseview.sdk.Nino}). The second letter splits the space:
 * <ul>
 *   <li>{@code ZX}: hand-written training personas, {@code ZX000001A}, {@code ZX000002A}, ...</li>
 *   <li>the other 17 letters a Z may be followed by (A B C E G H J K L M N P R S T W Y; never D F I
 *       O Q U V, never ZZ): generated citizens. Index {@code i} is letter {@code i / 1,000,000},
 *       six digits {@code i % 1,000,000}, and one suffix A-D fixed by a hash of {@code i}, so
 *       {@code ZA000000?} is citizen 0 and the 15 millionth citizen is {@code ZT999999?}.</li>
 * </ul>
 * The other three suffixes of a generated number belong to nobody (404), as a mistyped suffix
 * would in the real service. The mapping does not depend on the seed; the seed decides who the
 * citizen at an index is.
 */
public final class NinoScheme {

    static final String GENERATED_SECOND_LETTERS = "ABCEGHJKLMNPRSTWY";
    public static final char PERSONA_SECOND_LETTER = 'X';
    public static final int PER_LETTER = 1_000_000;
    /** How many generated NINOs the scheme can address. */
    public static final int CAPACITY = GENERATED_SECOND_LETTERS.length() * PER_LETTER;

    /** Keys (used inside debt and evidence ids) of personas start here; generated keys are their index. */
    public static final int PERSONA_KEY_BASE = 900_000_000;

    private NinoScheme() {}

    public static String ninoOf(int index) {
        if (index < 0 || index >= CAPACITY) {
            throw new IllegalArgumentException("index out of range");
        }
        char[] c = new char[9];
        c[0] = 'Z';
        c[1] = GENERATED_SECOND_LETTERS.charAt(index / PER_LETTER);
        int digits = index % PER_LETTER;
        for (int i = 7; i >= 2; i--) {
            c[i] = (char) ('0' + digits % 10);
            digits /= 10;
        }
        c[8] = suffixOf(index);
        return new String(c);
    }

    /**
     * The index of a generated citizen's NINO, or -1 if the NINO is not one (a persona, a non-Z
     * prefix, or the wrong suffix). Expects the normalised, format-valid form.
     */
    public static int indexOf(String nino) {
        if (nino.length() != 9 || nino.charAt(0) != 'Z') {
            return -1;
        }
        int letter = GENERATED_SECOND_LETTERS.indexOf(nino.charAt(1));
        if (letter < 0) {
            return -1;
        }
        int digits = 0;
        for (int i = 2; i < 8; i++) {
            char ch = nino.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            digits = digits * 10 + (ch - '0');
        }
        int index = letter * PER_LETTER + digits;
        return nino.charAt(8) == suffixOf(index) ? index : -1;
    }

    public static boolean isPersonaNino(String nino) {
        return nino.length() == 9 && nino.charAt(0) == 'Z' && nino.charAt(1) == PERSONA_SECOND_LETTER;
    }

    public static String personaNino(int number) {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("persona number out of range");
        }
        return String.format("ZX%06dA", number);
    }

    /** The persona number of a ZX NINO (suffix A only), or -1. */
    public static int personaNumberOf(String nino) {
        if (!isPersonaNino(nino) || nino.charAt(8) != 'A') {
            return -1;
        }
        int n = 0;
        for (int i = 2; i < 8; i++) {
            char ch = nino.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** The numeric key ids are built from: the index for generated citizens, a high range for personas. */
    public static int keyOf(String nino) {
        int index = indexOf(nino);
        if (index >= 0) {
            return index;
        }
        int persona = personaNumberOf(nino);
        return persona > 0 ? PERSONA_KEY_BASE + persona : -1;
    }

    /** The NINO a key belongs to, or null for a key that is neither range. */
    public static String ninoOfKey(int key) {
        if (key >= 0 && key < CAPACITY) {
            return ninoOf(key);
        }
        if (key > PERSONA_KEY_BASE && key <= PERSONA_KEY_BASE + 999_999) {
            return personaNino(key - PERSONA_KEY_BASE);
        }
        return null;
    }

    static char suffixOf(int index) {
        int h = index * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA77;
        h ^= h >>> 13;
        return (char) ('A' + (h & 3));
    }
}
