package uk.caseview.stubs.data;

import java.util.SplittableRandom;

/**
 * Independent random streams per (seed, citizen, purpose). Each part of a citizen draws from its
 * own stream, so adding a field to debts never changes anyone's name.
 */
public final class Seeds {

    public static final int IDENTITY = 1;
    public static final int HOUSEHOLD = 2;
    public static final int CONTACT = 3;
    public static final int EARNINGS = 4;
    public static final int AWARDS = 5;
    public static final int DEBTS = 6;
    public static final int EVIDENCE = 7;
    public static final int NOTES = 8;
    public static final int WORKLIST = 9;
    public static final int PROFILE = 10;
    public static final int DEPENDANTS = 11;

    private Seeds() {}

    public static SplittableRandom stream(long seed, long key, int purpose) {
        return new SplittableRandom(mix(mix(seed ^ 0x5DEECE66DL) + key * 0x9E3779B97F4A7C15L + purpose));
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
