package uk.caseview.sdk.store;

import com.google.crypto.tink.Aead;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Supplies the key-encryption key (KEK) that wraps the offline store's data keys. The data keys
 * live on disk only encrypted under this key, so whoever copies the data directory without it
 * gets ciphertext. Where the KEK comes from is the deployment's choice; see decision note 0202.
 */
@FunctionalInterface
public interface KeyProvider {

    /**
     * @param dataDirectory the store's directory, for providers that keep non-secret material
     *                      there (a passphrase's salt)
     */
    Aead keyEncryptionKey(Path dataDirectory) throws GeneralSecurityException;

    /** A 256-bit key, base64-encoded, in the named environment variable (e.g. set by a launcher or MDM). */
    static KeyProvider fromEnvironment(String variable) {
        return new EnvironmentKeyProvider(variable, System.getenv());
    }

    /** A key derived from the caseworker's passphrase with PBKDF2-HMAC-SHA256. */
    static KeyProvider fromPassphrase(char[] passphrase) {
        return new PassphraseKeyProvider(passphrase, PassphraseKeyProvider.DEFAULT_ITERATIONS);
    }

    /**
     * A random key held only in memory: the store is unreadable after the process ends. For
     * training and tests, where nothing needs to outlive the session.
     */
    static KeyProvider ephemeral() {
        return new EphemeralKeyProvider();
    }
}
