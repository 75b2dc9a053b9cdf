package uk.caseview.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.client.EvidenceDocument;
import uk.caseview.sdk.error.DocumentTooLargeException;
import uk.caseview.sdk.error.NotFoundException;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.stubs.idp.StaffAccount;

/** {@code getDocument} against the real stub: the bytes and media type it serves, and its limits. */
class EvidenceDocumentTest {

    private static StubServer stub;
    private static List<EvidenceItem> items;

    @BeforeAll
    static void startStub() {
        stub = StubServer.start(StubConfig.defaults());
        try (CaseviewSdk sdk = sdk(EvidenceDocument.MAX_BYTES)) {
            items = sdk.apis().evidence().listEvidence("ZX000001A").items();
        }
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    private static CaseviewSdk sdk(long maxDocumentBytes) {
        return CaseviewSdk.builder().tokenProvider(TokenProvider.fixed(stub.accessToken(StaffAccount.TRAINEE))).baseUri(stub.baseUri()).maxDocumentBytes(maxDocumentBytes).build();
    }

    private static EvidenceItem first(String mediaType) {
        return items.stream().filter(i -> mediaType.equals(i.mediaType())).findFirst()
                .orElseThrow(() -> new AssertionError("the persona has no " + mediaType + " document"));
    }

    @Test
    void aPdfArrivesWholeWithItsMediaType() {
        EvidenceItem item = first("application/pdf");
        try (CaseviewSdk sdk = sdk(EvidenceDocument.MAX_BYTES)) {
            EvidenceDocument doc = sdk.apis().evidence().getDocument(item.evidenceId());
            assertThat(doc.mediaType()).isEqualTo("application/pdf");
            assertThat(new String(doc.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat((long) doc.size()).isEqualTo(item.sizeBytes());
            assertThat(doc.toString()).isEqualTo("EvidenceDocument[application/pdf, " + doc.size() + " bytes]");
        }
    }

    @Test
    void aPngArrivesWholeWithItsMediaType() {
        EvidenceItem item = first("image/png");
        try (CaseviewSdk sdk = sdk(EvidenceDocument.MAX_BYTES)) {
            EvidenceDocument doc = sdk.apis().evidence().getDocument(item.evidenceId());
            assertThat(doc.mediaType()).isEqualTo("image/png");
            assertThat(doc.content()[1]).isEqualTo((byte) 'P');
            assertThat((long) doc.size()).isEqualTo(item.sizeBytes());
        }
    }

    @Test
    void aDocumentOverTheLimitIsATypedErrorNotAHalfReadArray() {
        EvidenceItem item = first("application/pdf");
        long limit = item.sizeBytes() - 1;
        try (CaseviewSdk sdk = sdk(limit)) {
            DocumentTooLargeException e = catchThrowableOfType(DocumentTooLargeException.class,
                    () -> sdk.apis().evidence().getDocument(item.evidenceId()));
            assertThat(e.limitBytes()).isEqualTo(limit);
            assertThat(e.userMessage()).contains("larger than Caseview can show");
            assertThat(e.getMessage()).doesNotContain(item.evidenceId());
        }
    }

    @Test
    void aRequestNotYetAnsweredHasNoDocument() {
        EvidenceItem requested = items.stream().filter(i -> i.mediaType() == null).findFirst()
                .orElseThrow(() -> new AssertionError("the persona has no outstanding request"));
        try (CaseviewSdk sdk = sdk(EvidenceDocument.MAX_BYTES)) {
            assertThat(catchThrowableOfType(NotFoundException.class,
                    () -> sdk.apis().evidence().getDocument(requested.evidenceId())).status()).isEqualTo(404);
        }
    }
}
