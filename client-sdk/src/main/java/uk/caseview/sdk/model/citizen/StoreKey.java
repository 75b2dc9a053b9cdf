package uk.caseview.sdk.model.citizen;

import java.util.Arrays;
import java.util.Base64;

/**
 * The signed-in member of staff's key for the encrypted store on their computer, as the citizen
 * service releases it to them after sign-in. Whoever holds it can read that person's saved work,
 * so it is kept only in memory and never printed: {@link #toString()} leaves it out, and
 * {@link #keyBytes()}'s errors do not quote it.
 *
 * @param key     32 bytes, base64 (standard alphabet, with padding)
 * @param version which of the person's keys this is; rises when the key service rotates it
 */
public record StoreKey(String key, int version) {

    /** What the store's key-encryption key is derived from. */
    public static final int KEY_BYTES = 32;

    /**
     * The key itself: a fresh array on every call, so a caller can wipe its copy once the store is
     * unlocked without spoiling this record.
     *
     * @throws IllegalArgumentException if the service sent something that is not 32 bytes of base64
     */
    public byte[] keyBytes() {
        if (key == null) {
            throw new IllegalArgumentException("The store key (version " + version + ") is missing");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes the offending character: drop it, and the cause with it.
            throw new IllegalArgumentException("The store key (version " + version + ") is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            int length = bytes.length;
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalArgumentException("The store key (version " + version + ") is " + length
                    + " bytes, not " + KEY_BYTES);
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "StoreKey[version=" + version + ", key=<redacted>]";
    }
}
