package uk.caseview.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.client.EvidenceDocument;
import uk.caseview.sdk.error.DocumentTooLargeException;
import uk.caseview.sdk.error.MalformedResponseException;
import uk.caseview.sdk.testing.FakeApiServer;

/**
 * The edges of reading a document that the stub never produces: a Content-Type with parameters,
 * a body sent chunked (no length to refuse up front), an empty body. The ordinary path is tested
 * against the real stub in integration-tests ({@code EvidenceDocumentTest}).
 */
class DocumentDecoderTest {

    private static final String PATH = "/evidence/v1/evidence/E1/content";

    private FakeApiServer server;
    private CaseviewSdk sdk;

    @BeforeEach
    void start() throws IOException {
        server = new FakeApiServer();
        sdk = CaseviewSdk.builder().baseUri(server.baseUri()).maxDocumentBytes(1000).build();
    }

    @AfterEach
    void stop() {
        sdk.close();
        server.close();
    }

    private void serve(String contentType, byte[] body, boolean chunked) {
        server.on(PATH, (ex, s) -> {
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(200, chunked ? 0 : (body.length == 0 ? -1 : body.length));
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @Test
    void theMediaTypeLosesItsParametersAndCase() {
        serve("Image/PNG; name=scan", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, false);
        EvidenceDocument doc = sdk.apis().evidence().getDocument("E1");
        assertThat(doc.mediaType()).isEqualTo("image/png");
        assertThat(doc.size()).isEqualTo(4);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedOnceItPassesIt() {
        serve("application/pdf", new byte[1001], true);
        assertThat(catchThrowableOfType(DocumentTooLargeException.class,
                () -> sdk.apis().evidence().getDocument("E1")).limitBytes()).isEqualTo(1000);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefused() {
        serve("application/pdf", new byte[5000], false);
        assertThat(catchThrowableOfType(DocumentTooLargeException.class,
                () -> sdk.apis().evidence().getDocument("E1"))).isNotNull();
    }

    @Test
    void anEmptyBodyIsUnreadableNotAnEmptyDocument() {
        serve("application/pdf", new byte[0], false);
        assertThat(catchThrowableOfType(MalformedResponseException.class,
                () -> sdk.apis().evidence().getDocument("E1")).isOversized()).isFalse();
    }
}
