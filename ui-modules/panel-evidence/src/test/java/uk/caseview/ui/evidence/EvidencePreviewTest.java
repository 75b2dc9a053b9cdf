package uk.caseview.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.client.EvidenceApi;
import uk.caseview.sdk.client.EvidenceDocument;
import uk.caseview.sdk.http.ResilienceSettings;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceRequest;
import uk.caseview.sdk.view.Source;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.PanelStatesTest;
import uk.caseview.ui.panel.RecordingPanelContext;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * The preview against the embedded stub server, over loopback HTTP as the app does: a PDF and a
 * PNG it generates, the network failing and coming back. The one document the stub cannot serve,
 * a damaged PDF, comes from a stand-in for that one id; everything else is the stub's.
 */
class EvidencePreviewTest extends PanelStatesTest {

    private static final String DAMAGED_ID = "E-DAMAGED";
    private static StubServer stub;
    private static EvidenceList evidence;
    /** One per test, so the network test's failures can't leave another test's circuit breaker open. */
    private CaseviewSdk sdk;

    private static CaseviewSdk newSdk() {
        return CaseviewSdk.builder().tokenProvider(TokenProvider.fixed(stub.accessToken(StaffAccount.TRAINEE))).baseUri(stub.baseUri()).readTimeout(Duration.ofSeconds(20))
                .resilience(ResilienceSettings.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)))
                .build();
    }

    private static synchronized void startStub() {
        if (stub == null) {
            stub = StubServer.start(StubConfig.defaults());
            EvidenceList real;
            try (CaseviewSdk sdk = newSdk()) {
                real = sdk.apis().evidence().listEvidence(nino);
            }
            EvidenceItem pdf = first(real, "application/pdf");
            EvidenceItem damaged = new EvidenceItem(DAMAGED_ID, pdf.type(), "Damaged scan", pdf.status(),
                    pdf.requestedOn(), pdf.dueBy(), pdf.receivedOn(), "damaged.pdf", "application/pdf", 40L, null);
            var items = new java.util.ArrayList<>(real.items());
            items.add(damaged);
            evidence = new EvidenceList(real.nino(), items);
        }
    }

    private static final String nino = "ZX000001A";

    @AfterAll
    static void stopStub() {
        if (stub != null) {
            stub.close();
        }
    }

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
        return evidence;
    }

    @Override
    protected void assertShowsSample(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(evidence.items().size());
        assertThat(within(robot, "#evidence-preview-open").tryQuery()).isPresent();
    }

    @Override
    protected RecordingPanelContext newContext() {
        startStub();
        sdk = newSdk();
        return new RecordingPanelContext(nino).withApis(apisWithADamagedDocument(sdk.apis()));
    }

    @AfterEach
    void closePreviewAndClearFaults() {
        stub.faults().clearAll();
        onFx(panel::dispose);
        sdk.close();
    }

    @Test
    void enterOnAPdfOpensItsFirstPageDrawnAndFittedToTheWindow(FxRobot robot) throws Exception {
        showSample();
        EvidenceItem pdf = first(evidence, "application/pdf");
        select(robot, pdf);
        robot.type(KeyCode.ENTER);

        ImageView page = awaitPage(robot);
        // The stub's PDFs are A4 (595 x 842 pt), drawn at 144 dpi.
        assertThat(page.getImage().getWidth()).isBetween(1185.0, 1195.0);
        assertThat(page.getImage().getHeight()).isBetween(1680.0, 1690.0);
        // Fit page: the whole page is on screen, neither a thumbnail nor spilling out of the window.
        double shownHeight = page.getBoundsInParent().getHeight();
        double windowHeight = page.getScene().getWindow().getHeight();
        assertThat(shownHeight).isGreaterThan(300).isLessThan(windowHeight);
        assertThat(text(robot, "#preview-title")).isEqualTo(EvidenceViewModel.describe(pdf));
        assertThat(text(robot, "#preview-page")).isEqualTo("Page 1 of 1");
        assertThat(robot.lookup("#preview-next").queryButton().isDisabled()).isTrue();
        assertThat(page.getAccessibleText()).startsWith("Page 1 of 1: ");

        robot.clickOn("#preview-zoom-fit-width");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getBoundsInParent().getHeight()).isGreaterThan(shownHeight);
    }

    @Test
    void thePreviewButtonOpensAPngAtItsOwnSize(FxRobot robot) throws Exception {
        showSample();
        EvidenceItem png = first(evidence, "image/png");
        select(robot, png);
        robot.clickOn(within(robot, "#evidence-preview-open").queryButton());

        ImageView page = awaitPage(robot);
        // The stub's PNG scans are 200 x 280.
        assertThat(page.getImage().getWidth()).isEqualTo(200);
        assertThat(page.getImage().getHeight()).isEqualTo(280);
        assertThat(text(robot, "#preview-title")).isEqualTo(EvidenceViewModel.describe(png));
    }

    @Test
    void thePreviewClosesWhenTheCustomerLeavesTheScreen(FxRobot robot) throws Exception {
        showSample();
        select(robot, first(evidence, "image/png"));
        robot.clickOn(within(robot, "#evidence-preview-open").queryButton());
        awaitPage(robot);

        // Another customer's tab is chosen, or this one closed (and kept): its preview must not stay up.
        onFx(panel::hidden);
        assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w != stage)).get()).isFalse();
    }

    @Test
    void whileOpenThePreviewFollowsTheSelection(FxRobot robot) throws Exception {
        showSample();
        EvidenceItem pdf = first(evidence, "application/pdf");
        EvidenceItem png = first(evidence, "image/png");
        select(robot, pdf);
        robot.type(KeyCode.ENTER);
        awaitPage(robot);

        onFx(() -> table(robot).getSelectionModel().select(png));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> png.evidenceId().equals(
                ((EvidencePanel) panel).preview().item() == null ? null : ((EvidencePanel) panel).preview().item().evidenceId()));
        assertThat(awaitPage(robot).getImage().getWidth()).isEqualTo(200);
    }

    @Test
    void altDownInThePreviewMovesToTheNextDocumentInTheList(FxRobot robot) throws Exception {
        showSample();
        TableView<EvidenceItem> table = table(robot);
        EvidenceItem pdf = first(evidence, "application/pdf");
        select(robot, pdf);
        robot.type(KeyCode.ENTER);
        awaitPage(robot);
        int at = table.getSelectionModel().getSelectedIndex();
        EvidenceItem following = table.getItems().get(at + 1);

        onFx(() -> robot.lookup("#preview-scroll").query().requestFocus()); // focus is in the preview window
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> following.equals(((EvidencePanel) panel).preview().item()));
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(following);
        assertThat(text(robot, "#preview-title")).isEqualTo(EvidenceViewModel.describe(following));
    }

    @Test
    void aDamagedDocumentSaysSoWithoutARetry(FxRobot robot) throws Exception {
        showSample();
        select(robot, evidence.items().getLast());
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#preview-message").contains("damaged"));
        assertThat(text(robot, "#preview-message"))
                .isEqualTo("This PDF is damaged or isn't really a PDF, so it can't be shown.");
        assertThat(robot.lookup("#preview-retry").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#preview-image").queryAs(ImageView.class).getImage()).isNull();
    }

    @Test
    void aDeadNetworkSaysSoAndRetryFetchesItOnceItIsBack(FxRobot robot) throws Exception {
        showSample();
        stub.faults().set(StubApi.EVIDENCE, Fault.NONE.withReset(true));
        select(robot, first(evidence, "application/pdf"));
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#preview-message").contains("reach"));
        assertThat(text(robot, "#preview-message")).isEqualTo("The document couldn't be fetched. Caseview couldn't "
                + "reach the Evidence service. Check the network connection, then retry.");
        Button retry = robot.lookup("#preview-retry").queryButton();
        assertThat(retry.isVisible()).isTrue();
        assertThat(context.announcements).contains(text(robot, "#preview-message"));

        stub.faults().clearAll();
        robot.clickOn(retry);
        assertThat(awaitPage(robot).getImage().getWidth()).isGreaterThan(1000);
    }

    @Test
    void aRequestNotYetAnsweredHasNothingToFetch(FxRobot robot) throws Exception {
        showSample();
        EvidenceItem requested = evidence.items().stream().filter(i -> i.mediaType() == null).findFirst().orElseThrow();
        select(robot, requested);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#preview-message").startsWith("Nothing"));
        assertThat(text(robot, "#preview-message"))
                .isEqualTo("Nothing to preview yet: this document has been requested but not received.");
    }

    @Test
    void escapeClosesThePreviewAndForgetsTheDocument(FxRobot robot) throws Exception {
        showSample();
        select(robot, first(evidence, "image/png"));
        robot.type(KeyCode.ENTER);
        awaitPage(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((EvidencePanel) panel).preview().item() == null);
        assertThat(robot.lookup("#preview-image").tryQuery()).isEmpty(); // its window is gone
    }

    // --- helpers ---

    private static EvidenceItem first(EvidenceList list, String mediaType) {
        return list.items().stream().filter(i -> mediaType.equals(i.mediaType())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + mediaType + " in the stub's evidence"));
    }

    @SuppressWarnings("unchecked")
    private TableView<EvidenceItem> table(FxRobot robot) {
        return within(robot, "#evidence-table").queryAs(TableView.class);
    }

    private void select(FxRobot robot, EvidenceItem item) {
        onFx(() -> {
            TableView<EvidenceItem> table = table(robot);
            table.getSelectionModel().select(item);
            table.requestFocus();
        });
    }

    private ImageView awaitPage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-image").tryQuery()
                .map(n -> ((ImageView) n).getImage() != null && n.isVisible() && n.getParent().getParent() != null
                        && ((ImageView) n).getParent().isVisible()).orElse(false)
                && robot.lookup("#preview-scroll").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#preview-image").queryAs(ImageView.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** The stub's evidence API, except that {@link #DAMAGED_ID} is a PDF cut off after its header. */
    private static CaseviewApis apisWithADamagedDocument(CaseviewApis real) {
        EvidenceApi evidence = real.evidence();
        EvidenceApi withDamage = new EvidenceApi() {
            @Override
            public EvidenceList listEvidence(String n) {
                return evidence.listEvidence(n);
            }

            @Override
            public EvidenceItem verifyEvidence(String n, String id, String key,
                    uk.caseview.sdk.model.evidence.EvidenceDecision decision) {
                return evidence.verifyEvidence(n, id, key, decision);
            }

            @Override
            public EvidenceItem requestEvidence(String n, String key, EvidenceRequest request) {
                return evidence.requestEvidence(n, key, request);
            }

            @Override
            public EvidenceDocument getDocument(String evidenceId) {
                if (DAMAGED_ID.equals(evidenceId)) {
                    EvidenceDocument whole = evidence.getDocument(first(EvidencePreviewTest.evidence, "application/pdf").evidenceId());
                    return new EvidenceDocument(Arrays.copyOf(whole.content(), 40), whole.mediaType());
                }
                return evidence.getDocument(evidenceId);
            }

            @Override
            public Response getContent(String evidenceId) {
                return evidence.getContent(evidenceId);
            }
        };
        return new CaseviewApis(real.citizen(), real.earnings(), real.award(), real.debt(), withDamage);
    }
}
