package uk.caseview.stubs.trace;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntPredicate;
import uk.caseview.stubs.data.gen.Identity;
import uk.caseview.stubs.data.gen.Population;

/**
 * A compact index of the first N generated citizens for tracing, in four int arrays (16 bytes per
 * citizen, 16 MB for a million): (surname, date of birth) keys and postcode hashes, each sorted
 * with the citizen indexes beside them.
 *
 * <p>Keys may collide (postcodes are hashed), so a lookup only yields candidates; the caller
 * regenerates each candidate's identity and keeps exact matches. Nothing personal is stored,
 * only numbers that point back into the generator.
 */
public final class TraceIndex {

    /** Dates of birth are stored as days since this date, in 16 bits: 1900 to 2079. */
    static final LocalDate DOB_BASE = LocalDate.of(1900, 1, 1);

    private final int size;
    private final int[] nameKeys;
    private final int[] nameIndexes;
    private final int[] postcodeKeys;
    private final int[] postcodeIndexes;

    private TraceIndex(int size, int[] nameKeys, int[] nameIndexes, int[] postcodeKeys, int[] postcodeIndexes) {
        this.size = size;
        this.nameKeys = nameKeys;
        this.nameIndexes = nameIndexes;
        this.postcodeKeys = postcodeKeys;
        this.postcodeIndexes = postcodeIndexes;
    }

    /** Builds the index over citizens 0 .. size-1; takes about a second per million on one core. */
    public static TraceIndex build(Population population, int size) {
        long[] names = new long[size];
        long[] postcodes = new long[size];
        for (int i = 0; i < size; i++) {
            Identity id = population.identity(i);
            names[i] = ((long) nameKey(id.surnameId(), id.dateOfBirth()) << 32) | i;
            postcodes[i] = ((long) postcodeKey(id.postcode()) << 32) | i;
        }
        Arrays.parallelSort(names);
        Arrays.parallelSort(postcodes);
        int[] nameKeys = new int[size];
        int[] nameIndexes = new int[size];
        int[] postcodeKeys = new int[size];
        int[] postcodeIndexes = new int[size];
        for (int i = 0; i < size; i++) {
            nameKeys[i] = (int) (names[i] >> 32);
            nameIndexes[i] = (int) names[i];
            postcodeKeys[i] = (int) (postcodes[i] >> 32);
            postcodeIndexes[i] = (int) postcodes[i];
        }
        return new TraceIndex(size, nameKeys, nameIndexes, postcodeKeys, postcodeIndexes);
    }

    public int size() {
        return size;
    }

    /** The bytes the index's arrays hold (headers aside). */
    public long bytes() {
        return 4L * (nameKeys.length + nameIndexes.length + postcodeKeys.length + postcodeIndexes.length);
    }

    /**
     * Feeds candidate citizen indexes for a surname id and date of birth, in index order, until
     * the consumer returns false.
     */
    public void candidatesByName(int surnameId, LocalDate dateOfBirth, IntPredicate candidate) {
        scan(nameKeys, nameIndexes, nameKey(surnameId, dateOfBirth), candidate);
    }

    public void candidatesByPostcode(String postcode, IntPredicate candidate) {
        scan(postcodeKeys, postcodeIndexes, postcodeKey(postcode), candidate);
    }

    private static void scan(int[] keys, int[] indexes, int key, IntPredicate candidate) {
        int at = lowerBound(keys, key);
        for (int i = at; i < keys.length && keys[i] == key; i++) {
            if (!candidate.test(indexes[i])) {
                return;
            }
        }
    }

    /** The first position holding a key >= the one sought, in signed int order as sorted. */
    private static int lowerBound(int[] keys, int key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int nameKey(int surnameId, LocalDate dob) {
        int days = (int) (dob.toEpochDay() - DOB_BASE.toEpochDay());
        return (surnameId << 16) | (days & 0xFFFF);
    }

    static int postcodeKey(String postcode) {
        int h = 0;
        for (int i = 0; i < postcode.length(); i++) {
            char c = postcode.charAt(i);
            if (c != ' ') {
                h = 31 * h + c;
            }
        }
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        return h;
    }
}
