package uk.caseview.stubs.idp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.caseview.sdk.model.citizen.StoreKey;

/**
 * Each member of staff's key for the encrypted store on their computer: HMAC-SHA256 of their
 * token's subject under the server's secret. Derived rather than drawn at random, so the stub
 * keeps nothing per person and a restarted server (same secret) still opens a desk's store; a
 * real key service would hold random keys and rotate them, raising the version.
 */
public final class StoreKeyIssuer {

    static final int VERSION = 1;
    /** Names the purpose and version, so this secret could key something else without the two colliding. */
    private static final String LABEL = "caseview-store-key|v" + VERSION + "|";
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec secret;

    public StoreKeyIssuer(byte[] secret) {
        this.secret = new SecretKeySpec(secret, HMAC);
    }

    /** The key for the person a checked token names. */
    public StoreKey keyFor(String subject) {
        byte[] key;
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            key = mac.doFinal((LABEL + subject).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // Every JDK must provide HmacSHA256, and any non-empty key suits it.
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
        try {
            return new StoreKey(Base64.getEncoder().encodeToString(key), VERSION);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
