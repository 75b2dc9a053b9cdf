package uk.caseview.sdk.store;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/** A random KEK that never leaves memory; the store dies with the process. */
final class EphemeralKeyProvider implements KeyProvider {

    private Aead aead;

    @Override
    public synchronized Aead keyEncryptionKey(Path dataDirectory) throws GeneralSecurityException {
        if (aead == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            aead = new AesGcmJce(key);
            Arrays.fill(key, (byte) 0);
        }
        return aead;
    }
}
