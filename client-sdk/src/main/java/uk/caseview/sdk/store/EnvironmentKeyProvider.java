package uk.caseview.sdk.store;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/** A KEK supplied by the environment, base64 of 32 random bytes. */
final class EnvironmentKeyProvider implements KeyProvider {

    private final String variable;
    private final Map<String, String> environment;

    EnvironmentKeyProvider(String variable, Map<String, String> environment) {
        this.variable = variable;
        this.environment = environment;
    }

    @Override
    public Aead keyEncryptionKey(Path dataDirectory) throws GeneralSecurityException {
        String encoded = environment.get(variable);
        if (encoded == null || encoded.isBlank()) {
            throw new GeneralSecurityException("The offline store key is not set (environment variable " + variable + ")");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException(variable + " is not base64");
        }
        try {
            if (key.length != 32) {
                throw new GeneralSecurityException(variable + " must hold 32 bytes (256 bits), base64-encoded");
            }
            return new AesGcmJce(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
