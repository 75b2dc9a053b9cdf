package uk.caseview.sdk.store;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.Hkdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The KEK of one person's part of the store, from the key the service released to them after
 * they signed in (see decision 0703). HKDF rather than the raw bytes, so the same released key
 * could serve another purpose later without the two uses sharing a key.
 */
final class PersonKeyProvider implements KeyProvider {

    private static final byte[] INFO = "caseview offline store KEK v1".getBytes(StandardCharsets.UTF_8);

    private final byte[] personKey;

    PersonKeyProvider(byte[] personKey) {
        if (personKey == null || personKey.length != 32) {
            throw new IllegalArgumentException("A person's store key is 32 bytes");
        }
        this.personKey = personKey.clone();
    }

    @Override
    public Aead keyEncryptionKey(Path dataDirectory) throws GeneralSecurityException {
        byte[] kek = Hkdf.computeHkdf("HMACSHA256", personKey, new byte[0], INFO, 32);
        try {
            return new AesGcmJce(kek);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** After use: the released key need not outlive the unlock. */
    void forget() {
        Arrays.fill(personKey, (byte) 0);
    }
}
