package uk.caseview.stubs.data;

/**
 * Debt and evidence ids carry the owner's key, so a ledger or a document can be found from its id
 * alone without an index: {@code D} + 9-digit key + 3-digit ordinal, {@code E} + 9-digit key +
 * 4-digit ordinal. The key is an index, not a NINO, so an id in a log line names nobody.
 */
public final class Ids {

    private Ids() {}

    public static String debtId(int key, int ordinal) {
        return "D" + pad(key, 9) + pad(ordinal, 3);
    }

    public static String evidenceId(int key, int ordinal) {
        return "E" + pad(key, 9) + pad(ordinal, 4);
    }

    /** The owner key of a debt id, or -1 if the id is not one of ours. */
    public static int keyOfDebtId(String debtId) {
        return keyOf(debtId, 'D', 13);
    }

    public static int keyOfEvidenceId(String evidenceId) {
        return keyOf(evidenceId, 'E', 14);
    }

    private static int keyOf(String id, char letter, int length) {
        if (id == null || id.length() != length || id.charAt(0) != letter) {
            return -1;
        }
        int key = 0;
        for (int i = 1; i < 10; i++) {
            char ch = id.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            key = key * 10 + (ch - '0');
        }
        for (int i = 10; i < length; i++) {
            char ch = id.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
        }
        return key;
    }

    static String pad(int value, int width) {
        String s = Integer.toString(value);
        if (s.length() > width) {
            throw new IllegalArgumentException("id part too wide");
        }
        return "0".repeat(width - s.length()) + s;
    }
}
