package uk.caseview.sdk.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the TLS context from a configured trust store: the gateway's CA (or a corporate root),
 * and nothing else. There is deliberately no way to switch certificate checks off.
 */
public final class TrustStore {

    private TrustStore() {}

    /**
     * @param type "PKCS12" (the JDK default) or "JKS"
     * @throws IllegalArgumentException naming the problem (missing file, wrong password, no certificates)
     */
    public static SSLContext sslContext(Path path, char[] password, String type) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(path)) {
            store = KeyStore.getInstance(type);
            store.load(in, password);
        } catch (IOException e) {
            throw new IllegalArgumentException("Can't read the trust store " + path
                    + " (missing, unreadable or wrong password)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The trust store " + path + " is not a valid " + type + " store", e);
        }
        try {
            if (store.size() == 0) {
                throw new IllegalArgumentException("The trust store " + path + " holds no certificates");
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The trust store " + path + " can't be used for TLS", e);
        }
    }
}
