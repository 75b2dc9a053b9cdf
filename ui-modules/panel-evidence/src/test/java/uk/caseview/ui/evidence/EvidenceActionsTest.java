package uk.caseview.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.outbox.OutboxEntry;
import uk.caseview.sdk.outbox.OutboxStatus;
import uk.caseview.sdk.outbox.UnsentWrite;
import uk.caseview.sdk.store.KeyProvider;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.PanelStatesTest;
import uk.caseview.ui.panel.RecordingPanelContext;

/**
 * Upload and request with the evidence API unreachable: the SDK's real outbox (encrypted store in
 * a temporary directory, an address nothing listens on) keeps each accepted write, and refused
 * files never reach it. Sending is the outbox's job, tested in the SDK and end to end in the app.
 */
class EvidenceActionsTest extends PanelStatesTest {

    private CaseviewSdk sdk;

    @Override
    protected PanelProvider provider() {
        return new EvidencePanelProvider();
    }

    @Override
    protected Source source() {
        return Source.EVIDENCE;
    }

    @Override
    protected Object sample() {
        return EvidenceSamples.four();
    }

    @Override
    protected void assertShowsSample(FxRobot robot) {
        assertThat(within(robot, "#evidence-upload").tryQuery()).isPresent();
        assertThat(within(robot, "#evidence-request").tryQuery()).isPresent();
    }

    @Override
    protected RecordingPanelContext newContext() {
        try {
            sdk = CaseviewSdk.builder().baseUri(URI.create("http://127.0.0.1:9"))
                    .dataDirectory(Files.createTempDirectory("evidence-panel-test"))
                    .keyProvider(KeyProvider.ephemeral()).startOutbox(false).build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new RecordingPanelContext(nino()).withOutbox(sdk.outbox());
    }

    @AfterEach
    void closeSdk() {
        sdk.close();
    }

    private File file(String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("upload");
        return Files.write(dir.resolve(name), content).toFile();
    }

    private void upload(File f) {
        onFx(() -> ((EvidencePanel) panel).upload(List.of(f)));
    }

    private String said(FxRobot robot) {
        return within(robot, "#evidence-action-message").queryAs(Label.class).getText();
    }

    /** Uploads a pretend PDF against the overdue payslip request and waits for "saved on this PC". */
    private void uploadAgainstTheOverduePayslip(FxRobot robot, String name) throws Exception {
        showSample();
        onFx(() -> within(robot, "#evidence-table").queryTableView().getSelectionModel().select(0));
        upload(file(name, "%PDF-1.7 pretend payslip".getBytes()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> said(robot).startsWith(name + " saved on this PC"));
    }

    @Test
    void theLineUnderTheListSaysUploadedOnceTheServiceHasTheFile(FxRobot robot) throws Exception {
        uploadAgainstTheOverduePayslip(robot, "payslip-may.pdf");
        OutboxEntry queued = sdk.outbox().entries().get(0);

        show(viewWith(loaded(sample())).withUnsent(List.of(new UnsentWrite(queued, null))));
        assertThat(said(robot)).as("still queued").startsWith("payslip-may.pdf saved on this PC");

        OutboxEntry sent = new OutboxEntry(queued.id(), queued.description(), OutboxStatus.SENT, 1,
                queued.queuedAt(), queued.queuedAt(), null, null);
        show(viewWith(loaded(sample())).withUnsent(List.of(new UnsentWrite(sent, null))));
        assertThat(said(robot)).isEqualTo("payslip-may.pdf uploaded against the request for Payslip: May payslip.");
    }

    @Test
    void theWholeMessageShowsInAShortPanel(FxRobot robot) throws Exception {
        uploadAgainstTheOverduePayslip(robot, "payslip-from-the-new-employer.pdf");
        onFx(() -> {
            stage.setWidth(520);
            stage.setHeight(380); // the panel's share of a 1440 x 900 screen, or less
        });
        settle();
        Label message = within(robot, "#evidence-action-message").queryAs(Label.class);
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) message.lookup(".text");
        assertThat(drawn.getText()).as("drawn, not cut off with an ellipsis").isEqualTo(message.getText());
    }

    @Test
    void aGoodFileAnswersTheSelectedRequestAndIsKeptInTheOutbox(FxRobot robot) throws Exception {
        showSample();
        onFx(() -> within(robot, "#evidence-table").queryTableView().getSelectionModel().select(0)); // overdue payslip
        upload(file("payslip-may.pdf", "%PDF-1.7 pretend payslip".getBytes()));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !sdk.outbox().entries().isEmpty());
        OutboxEntry entry = sdk.outbox().entries().get(0);
        assertThat(entry.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(context.tracked).containsExactly("Upload of payslip-may.pdf");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> said(robot).startsWith("payslip-may.pdf saved on this PC"));
        assertThat(said(robot)).contains("against the request for Payslip: May payslip");
    }

    @Test
    void wrongTypesAndOversizedFilesAreRefusedWithAReasonAndNotQueued(FxRobot robot) throws Exception {
        showSample();
        upload(file("notes.docx", "PK...".getBytes()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> said(robot).contains("only PDF, PNG and JPEG"));

        byte[] big = new byte[(int) UploadCheck.MAX_BYTES + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        upload(file("scan.pdf", big));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> said(robot).startsWith("scan.pdf is 10.0 MB"));
        assertThat(sdk.outbox().entries()).isEmpty();
    }

    @Test
    void requestingEvidenceIsValidatedThenKept(FxRobot robot) throws Exception {
        showSample();
        robot.clickOn(within(robot, "#evidence-request").queryButton());
        robot.clickOn("#request-send");
        assertThat(robot.lookup("#request-message").queryLabeled().getText()).startsWith("Say what is needed");
        robot.clickOn("#request-description").write("P60 for 2024-25");
        robot.clickOn("#request-send");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !sdk.outbox().entries().isEmpty());
        assertThat(context.tracked).containsExactly("Evidence request");
    }

    @Test
    void aReceivedDocumentIsRejectedWithAReasonThroughTheOutboxAndShowsAtOnce(FxRobot robot) throws Exception {
        show(viewWith(loaded(EvidenceSamples.everyStatus())));
        var table = within(robot, "#evidence-table").<EvidenceItem>queryTableView();
        javafx.scene.Node bar = panel.node().lookup("#evidence-decision-bar");
        onFx(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(i -> i.evidenceId().equals("S4")).findFirst().orElseThrow())); // already verified
        assertThat(bar.isVisible()).as("nothing to decide on a verified document").isFalse();
        onFx(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(i -> i.evidenceId().equals("S3")).findFirst().orElseThrow())); // received fit note
        assertThat(bar.isVisible()).isTrue();

        robot.clickOn(within(robot, "#evidence-reject").queryButton());
        robot.clickOn("#decide-confirm");
        assertThat(robot.lookup("#decide-message").queryLabeled().getText()).startsWith("Say why it is rejected");
        robot.clickOn("#decide-reason").write("The fit note has no GP signature");
        robot.clickOn("#decide-confirm");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !sdk.outbox().entries().isEmpty());
        assertThat(sdk.outbox().entries()).extracting(OutboxEntry::description).containsExactly("Document rejected");
        assertThat(context.tracked).containsExactly("Document rejected");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> said(robot).startsWith("Document rejected: saved on this PC"));
        EvidenceItem shown = table.getItems().stream().filter(i -> i.evidenceId().equals("S3")).findFirst().orElseThrow();
        assertThat(shown.status()).isEqualTo(uk.caseview.sdk.model.evidence.EvidenceStatus.REJECTED);
        assertThat(shown.rejectionReason()).isEqualTo("The fit note has no GP signature");
        assertThat(bar.isVisible()).as("decided once only").isFalse();
    }

    @Test
    void aRoleThatMayNotDecideSeesNoDecisionBar() {
        onFx(() -> {
            context.granted.remove(uk.caseview.sdk.auth.Permission.VERIFY_EVIDENCE);
        });
        PanelProvider p = provider();
        CustomerPanelHolder holder = new CustomerPanelHolder();
        onFx(() -> holder.panel = p.create(context));
        assertThat(holder.panel.node().lookup("#evidence-decision-bar")).isNull();
    }

    private static final class CustomerPanelHolder {
        uk.caseview.ui.panel.CustomerPanel panel;
    }
}
