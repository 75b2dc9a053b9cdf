package uk.caseview.sdk.store;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Derives the KEK from a passphrase with PBKDF2-HMAC-SHA256. The salt is random per data
 * directory and kept beside the data: it is not secret, it only stops one precomputed table
 * from serving every installation.
 */
final class PassphraseKeyProvider implements KeyProvider {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    static final int DEFAULT_ITERATIONS = 600_000;
    static final String SALT_FILE = "store-kek.salt";

    private final char[] passphrase;
    private final int iterations;

    PassphraseKeyProvider(char[] passphrase, int iterations) {
        if (passphrase == null || passphrase.length < 8) {
            throw new IllegalArgumentException("The store passphrase must be at least 8 characters");
        }
        this.passphrase = passphrase.clone();
        this.iterations = iterations;
    }

    @Override
    public Aead keyEncryptionKey(Path dataDirectory) throws GeneralSecurityException {
        byte[] salt = salt(dataDirectory);
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        try {
            return new AesGcmJce(key);
        } finally {
            spec.clearPassword();
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] salt(Path dataDirectory) throws GeneralSecurityException {
        Path file = dataDirectory.resolve(SALT_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            Files.createDirectories(dataDirectory);
            Files.write(file, salt);
            return salt;
        } catch (IOException e) {
            throw new GeneralSecurityException("Cannot read or write the store's salt", e);
        }
    }
}
