package uk.caseview.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.client.EvidenceApi;
import uk.caseview.sdk.client.EvidenceDocument;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceRequest;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.panel.PanelContext;

/**
 * Answers arriving out of order, as they do when a caseworker moves down the list faster than
 * documents download. Background work is held in a queue and released by the test in the order
 * it chooses, so the race is decided by the test, not by timing.
 */
class DocumentPreviewStalenessTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private final List<Runnable> held = new CopyOnWriteArrayList<>();
    private final List<String> fetched = new CopyOnWriteArrayList<>();
    private DocumentPreview preview;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void create() throws Exception {
        Map<String, EvidenceDocument> documents = Map.of(
                "A", new EvidenceDocument(TestDocuments.png(40, 30), "image/png"),
                "B", new EvidenceDocument(TestDocuments.png(80, 60), "image/png"),
                "P", new EvidenceDocument(TestDocuments.pdf(3), "application/pdf"));
        PanelContext context = new HeldContext(new BackgroundTasks(held::add, Platform::runLater),
                new CaseviewApis(null, null, null, null, new MapEvidenceApi(documents, fetched)));
        preview = WaitForAsyncUtils.asyncFx(() -> {
            DocumentPreview p = new DocumentPreview(context);
            new javafx.scene.Scene(p, 600, 800); // a scene, so the scroll pane's skin puts the page in the graph
            p.applyCss();
            p.layout();
            return p;
        }).get();
    }

    private static EvidenceItem item(String id) {
        return new EvidenceItem(id, EvidenceType.PAYSLIP, "Document " + id, EvidenceStatus.RECEIVED,
                TODAY.minusDays(9), null, TODAY.minusDays(2), id + ".png", "image/png", 100L, null);
    }

    private void onFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs the held work item at {@code index} on this thread, then lets its callback reach the FX thread. */
    private void release(int index) throws Exception {
        held.remove(index).run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double shownWidth() {
        ImageView view = (ImageView) preview.lookup("#preview-image");
        return view.getImage() == null ? 0 : view.getImage().getWidth();
    }

    @Test
    void theDocumentStoppedOnWinsWhateverOrderTheAnswersArriveIn() throws Exception {
        onFx(() -> {
            preview.show(item("A"), TODAY);
            preview.show(item("B"), TODAY);
        });
        assertThat(held).hasSize(2);

        release(1); // B answers first
        assertThat(shownWidth()).isEqualTo(80);
        release(0); // then A, late: dropped
        assertThat(shownWidth()).isEqualTo(80);
        assertThat(preview.item().evidenceId()).isEqualTo("B");
        assertThat(((Label) preview.lookup("#preview-title")).getText()).isEqualTo("Payslip: Document B");
    }

    @Test
    void showingTheSameDocumentAgainDoesNotFetchItAgain() throws Exception {
        onFx(() -> preview.show(item("A"), TODAY));
        release(0);
        onFx(() -> preview.show(item("A"), TODAY)); // e.g. the list refreshed and the row was reselected
        assertThat(held).isEmpty();
        assertThat(fetched).containsExactly("A");
    }

    @Test
    void aRejectedDocumentSaysWhyBesideItsFile() throws Exception {
        EvidenceItem rejected = new EvidenceItem("A", EvidenceType.IDENTITY_DOCUMENT, "Passport", EvidenceStatus.REJECTED,
                TODAY.minusDays(9), null, TODAY.minusDays(2), "passport.png", "image/png", 2048L, "Expired");
        onFx(() -> preview.show(rejected, TODAY));
        assertThat(((Label) preview.lookup("#preview-file")).getText()).isEqualTo("passport.png (2 KB) · Rejected: Expired");
        assertThat(((Label) preview.lookup("#preview-status")).getText()).isEqualTo("Rejected");
    }

    @Test
    void pageTurnsOvertakenByAnotherAreNotDrawn() throws Exception {
        EvidenceItem pdf = new EvidenceItem("P", EvidenceType.BANK_STATEMENT, null, EvidenceStatus.RECEIVED,
                TODAY.minusDays(9), null, TODAY.minusDays(2), "p.pdf", "application/pdf", 100L, null);
        onFx(() -> preview.show(pdf, TODAY));
        release(0);
        Label page = (Label) preview.lookup("#preview-page");
        assertThat(page.getText()).isEqualTo("Page 1 of 3");

        onFx(() -> {
            preview.lookup("#preview-next").fireEvent(new javafx.event.ActionEvent());
            preview.lookup("#preview-next").fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(held).hasSize(2);
        assertThat(page.getText()).isEqualTo("Page 3 of 3 (loading…)");
        ImageView view = (ImageView) preview.lookup("#preview-image");
        var firstPage = view.getImage();

        release(0); // page 2's turn: overtaken before it started, so nothing is drawn
        assertThat(view.getImage()).isSameAs(firstPage);
        release(0); // page 3
        assertThat(view.getImage()).isNotSameAs(firstPage);
        assertThat(page.getText()).isEqualTo("Page 3 of 3");
        assertThat(view.getAccessibleText()).isEqualTo("Page 3 of 3: Bank statement");
    }

    /** A PanelContext with the given tasks and APIs and nothing else. */
    private record HeldContext(BackgroundTasks tasks, CaseviewApis apis) implements PanelContext {
        @Override
        public Nino nino() {
            return Nino.parse("ZX000001A");
        }

        @Override
        public void retry(Source source) {}

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public boolean allows(uk.caseview.sdk.auth.Permission permission) {
            return true;
        }

        @Override
        public void withReason(uk.caseview.sdk.model.citizen.AuditAction action, String question, Runnable granted) {
            granted.run();
        }
    }

    /** Documents by id, recording each fetch. */
    private record MapEvidenceApi(Map<String, EvidenceDocument> documents, List<String> fetched) implements EvidenceApi {
        @Override
        public EvidenceDocument getDocument(String evidenceId) {
            fetched.add(evidenceId);
            return documents.get(evidenceId);
        }

        @Override
        public EvidenceList listEvidence(String nino) {
            return new EvidenceList(nino, new ArrayList<>());
        }

        @Override
        public EvidenceItem requestEvidence(String nino, String key, EvidenceRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response getContent(String evidenceId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EvidenceItem verifyEvidence(String nino, String evidenceId, String key,
                uk.caseview.sdk.model.evidence.EvidenceDecision decision) {
            throw new UnsupportedOperationException();
        }
    }
}
