package uk.caseview.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.error.ApiUnreachableException;
import uk.caseview.sdk.testing.FakeApiServer;
import uk.caseview.sdk.testing.SampleRecords;
import uk.caseview.sdk.testing.TestCertificates;
import uk.caseview.sdk.view.Source;

/** HTTPS against a server with a self-signed certificate: trusted only when the trust store says so. */
class TrustStoreTest {

    @TempDir
    static Path dir;

    private static TestCertificates certs;
    private static FakeApiServer server;

    @BeforeAll
    static void start() throws Exception {
        certs = TestCertificates.create(dir);
        server = new FakeApiServer(certs.serverContext());
        server.json(SampleRecords.path(Source.AWARD), SampleRecords.json(SampleRecords.awards()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aConfiguredTrustStoreLetsTheSdkTalkToTheGateway() {
        assertThat(server.baseUri().getScheme()).isEqualTo("https");
        try (CaseviewSdk sdk = CaseviewSdk.builder().baseUri(server.baseUri())
                .trustStore(certs.trustStore(), certs.password()).build()) {
            assertThat(sdk.apis().award().getAwards(SampleRecords.NINO.value()).awards()).hasSize(1);
        }
    }

    @Test
    void withoutItTheSelfSignedCertificateIsRefused() {
        try (CaseviewSdk sdk = CaseviewSdk.builder().baseUri(server.baseUri()).build()) {
            assertThatThrownBy(() -> sdk.apis().award().getAwards(SampleRecords.NINO.value()))
                    .isInstanceOf(ApiUnreachableException.class)
                    .hasMessageContaining("SSLHandshakeException");
        }
    }

    @Test
    void aTrustStoreThatCannotBeOpenedIsAClearErrorAtStartUp() {
        assertThatThrownBy(() -> CaseviewSdk.builder().baseUri(server.baseUri())
                .trustStore(certs.trustStore(), "wrong".toCharArray()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wrong password");
        assertThatThrownBy(() -> CaseviewSdk.builder().baseUri(server.baseUri())
                .trustStore(dir.resolve("missing.p12"), certs.password()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.p12");
    }
}
