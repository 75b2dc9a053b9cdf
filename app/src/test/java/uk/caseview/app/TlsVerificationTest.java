package uk.caseview.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OWASP DA7: no configuration turns TLS verification off, because no code can. Nothing in
 * Caseview (SDK, app, panels) supplies its own trust manager or host-name verifier, or changes
 * the JVM's defaults: certificates are checked against the JVM's trust store or a configured one
 * ({@code TrustStore}), whose refusal of a self-signed certificate {@code TrustStoreTest} shows.
 * The stub server is test and training tooling and is not part of the rule.
 */
class TlsVerificationTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.caseview.sdk", "uk.caseview.app", "uk.caseview.ui");
    }

    @Test
    void nothingReplacesCertificateOrHostNameChecks() {
        noClasses().should().implement(X509TrustManager.class)
                .orShould().implement(HostnameVerifier.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.net.ssl.X509ExtendedTrustManager")
                .because("a trust manager of our own is how 'trust all certificates' gets written")
                .check(classes);
    }

    @Test
    void nothingChangesTheJvmsTlsDefaults() {
        noClasses().should().callMethod(HttpsURLConnection.class, "setDefaultHostnameVerifier", HostnameVerifier.class)
                .orShould().callMethod(HttpsURLConnection.class, "setDefaultSSLSocketFactory",
                        javax.net.ssl.SSLSocketFactory.class)
                .orShould().callMethod(javax.net.ssl.SSLContext.class, "setDefault", javax.net.ssl.SSLContext.class)
                .check(classes);
    }
}
