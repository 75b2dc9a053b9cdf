package uk.caseview.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.ui.theme.Palette;
import uk.caseview.ui.theme.Theme;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.PanelStatesTest;

class EvidencePanelTest extends PanelStatesTest {

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
        assertThat(table(robot).getItems()).extracting(EvidenceItem::evidenceId).containsExactly("E1", "E2", "E3", "E4");
        assertThat(within(robot, "Payslip: May payslip").tryQuery()).isPresent();
        assertThat(within(robot, "statement-april.pdf (240 KB)").tryQuery()).isPresent();
        assertThat(within(robot, "Overdue").tryQuery()).isPresent();
    }

    @SuppressWarnings("unchecked")
    private TableView<EvidenceItem> table(FxRobot robot) {
        return within(robot, "#evidence-table").queryAs(TableView.class);
    }

    @Test
    void aRequestAnUploadAndADecisionSavedOnThisPcShowAtOnceNamingTheirDocument(FxRobot robot) {
        uk.caseview.sdk.Nino nino = uk.caseview.sdk.Nino.parse("ZX000001A");
        var request = uk.caseview.sdk.outbox.WriteRequest.evidenceRequest(nino,
                new uk.caseview.sdk.model.evidence.EvidenceRequest(uk.caseview.sdk.model.evidence.EvidenceType.FIT_NOTE,
                        "From the GP", java.time.LocalDate.of(2025, 6, 16)));
        var upload = uk.caseview.sdk.outbox.WriteRequest.evidenceUpload(nino,
                uk.caseview.sdk.model.evidence.EvidenceType.PAYSLIP, "E1", "may.pdf", "application/pdf", new byte[] {1});
        var decision = uk.caseview.sdk.outbox.WriteRequest.evidenceDecision(nino, "E3",
                new uk.caseview.sdk.model.evidence.EvidenceDecision(
                        uk.caseview.sdk.model.evidence.EvidenceDecision.Decision.VERIFIED, null));
        var note = uk.caseview.sdk.outbox.WriteRequest.contactNote(nino,
                new uk.caseview.sdk.model.citizen.NewContactNote("Not evidence", uk.caseview.sdk.model.citizen.ContactChannel.PHONE));
        show(viewWith(loaded(sample())).withUnsent(List.of(unsent(request, false), unsent(upload, false),
                unsent(decision, true), unsent(note, false))));

        var pending = within(robot, "#evidence-pending").queryAs(javafx.scene.layout.VBox.class);
        assertThat(pending.isVisible()).isTrue();
        assertThat(pending.getChildren()).extracting(n -> ((Label) n).getText()).containsExactly(
                "Your changes, not yet confirmed",
                "Requested Fit note: From the GP",
                "Pending: saved on this PC, not yet confirmed by the service",
                "Uploaded Payslip: may.pdf, for the request Payslip: May payslip",
                "Pending: saved on this PC, not yet confirmed by the service",
                "Verified: Bank statement: April statement",
                "Held: see Pending and held writes (Ctrl+Shift+P)");
        // The list itself is still what the service sent.
        assertThat(table(robot).getItems()).hasSize(4);

        show(viewWith(loaded(sample())));
        assertThat(pending.isVisible()).as("confirmed: the outbox no longer lists them").isFalse();
    }

    private static uk.caseview.sdk.outbox.UnsentWrite unsent(uk.caseview.sdk.outbox.WriteRequest w, boolean held) {
        java.time.Instant saved = java.time.Instant.parse("2025-06-02T08:15:30Z");
        return new uk.caseview.sdk.outbox.UnsentWrite(new uk.caseview.sdk.outbox.OutboxEntry("w-" + w.describe(),
                w.describe(), held ? uk.caseview.sdk.outbox.OutboxStatus.NEEDS_ATTENTION : uk.caseview.sdk.outbox.OutboxStatus.QUEUED,
                1, saved, saved, held ? "Conflict" : null, null), w);
    }

    @Test
    void filtersByStatus(FxRobot robot) {
        showSample();
        robot.clickOn(within(robot, "#evidence-filter-requested").queryAs(ToggleButton.class));
        assertThat(table(robot).getItems()).extracting(EvidenceItem::evidenceId).containsExactly("E1", "E2");
        robot.clickOn(within(robot, "#evidence-filter-verified").queryAs(ToggleButton.class));
        assertThat(table(robot).getItems()).extracting(EvidenceItem::evidenceId).containsExactly("E3");
        assertThat(within(robot, "#evidence-filter-overdue").queryAs(ToggleButton.class).getText()).isEqualTo("Overdue 1");
    }

    /**
     * An empty table says why: nothing on record, or a filter hiding what there is. (Seen on screen
     * for a customer with no documents: "No documents match this filter." under "All 0".)
     */
    @Test
    void anEmptyTableSaysWhetherNothingIsOnRecordOrTheFilterHidesIt(FxRobot robot) {
        show(viewWith(loaded(new EvidenceList("ZX000006A", java.util.List.of()))));
        assertThat(placeholder(robot)).isEqualTo("No documents on record.");

        showSample();
        robot.clickOn(within(robot, "#evidence-filter-received").queryAs(ToggleButton.class));
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(placeholder(robot)).isEqualTo("No documents match this filter (Received).");
    }

    private String placeholder(FxRobot robot) {
        return ((javafx.scene.control.Label) table(robot).getPlaceholder()).getText();
    }

    @Test
    void overdueRowsAreHighlighted(FxRobot robot) throws Exception {
        showSample();
        // Row cells are styled on the next layout pulse, not when the items change.
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.from(table(robot)).lookup(".cv-row-alert").queryAll().isEmpty());
        var highlighted = robot.from(table(robot)).lookup(".cv-row-alert").queryAll();
        assertThat(highlighted).hasSize(1);
        @SuppressWarnings("unchecked")
        TableRow<EvidenceItem> row = (TableRow<EvidenceItem>) highlighted.iterator().next();
        assertThat(row.getItem().evidenceId()).isEqualTo("E1");
    }

    @Test
    void theOverdueFlagFiltersToOverdue(FxRobot robot) {
        showSample();
        onFx(() -> assertThat(panel.showDetail(CustomerFlag.EVIDENCE_OVERDUE)).isTrue());
        assertThat(table(robot).getItems()).extracting(EvidenceItem::evidenceId).containsExactly("E1");
    }

    @Test
    void theOpenPreviewFollowsHighContrastAndTextSizeChangedMeanwhile(FxRobot robot) throws Exception {
        showSample();
        onFx(() -> {
            table(robot).getSelectionModel().select(EvidenceSamples.requestedTenancy()); // nothing to fetch
            table(robot).requestFocus();
        });
        robot.type(KeyCode.ENTER);
        DocumentPreview preview = ((EvidencePanel) panel).preview();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.getScene() != null
                && preview.getScene().getWindow() != null && preview.getScene().getWindow().isShowing());
        Label title = robot.from(preview).lookup("#preview-title").queryAs(Label.class);
        double fontBefore = title.getFont().getSize();
        Paint backgroundBefore = background(preview);

        // While it is open, the caseworker picks high contrast and larger text from the View menu.
        onFx(() -> {
            theme.paletteProperty().set(Palette.HIGH_CONTRAST);
            theme.setFontScale(1.4);
        });
        onFx(() -> preview.getScene().getRoot().applyCss());

        assertThat(preview.getStyleClass()).contains(Palette.HIGH_CONTRAST.rootStyleClass());
        assertThat(title.getFont().getSize()).isCloseTo(fontBefore * 1.4, offset(0.2));
        assertThat(background(preview)).isEqualTo(Color.web("#141414")).isNotEqualTo(backgroundBefore);

        // And back, still open.
        onFx(() -> {
            theme.paletteProperty().set(Palette.STANDARD);
            theme.setFontScale(1.0);
        });
        onFx(() -> preview.getScene().getRoot().applyCss());
        assertThat(preview.getStyleClass()).doesNotContain(Palette.HIGH_CONTRAST.rootStyleClass());
        assertThat(title.getFont().getSize()).isCloseTo(fontBefore, offset(0.2));
        assertThat(background(preview)).isEqualTo(backgroundBefore);
    }

    private static Paint background(javafx.scene.layout.Region region) {
        return region.getBackground().getFills().getFirst().getFill();
    }

    @Test
    void aThousandItemsStayVirtualisedAndSortable(FxRobot robot) {
        show(viewWith(loaded(EvidenceSamples.many(1000))));
        assertThat(table(robot).getItems()).hasSize(1000);
        assertThat(robot.from(table(robot)).lookup(".table-row-cell").queryAll().size()).isLessThan(60);
        robot.clickOn("Due by");
        assertThat(table(robot).getItems()).hasSize(1000);
    }

    /**
     * An evidence panel a third of a 1440 px window wide, and the whole window's width, at the
     * designed text size and at the largest the View menu offers: every status and date on every
     * row reads whole, and the description keeps room for a few words.
     */
    @Test
    void statusesAndDatesReadWholeAtEveryTextSize(FxRobot robot) {
        show(viewWith(loaded(EvidenceSamples.everyStatus())));
        TableView<EvidenceItem> table = table(robot);
        for (double width : new double[] {440, 460, 480, 900}) {
            for (double scale : new double[] {1.0, 1.3, Theme.MAX_SCALE}) {
                // A third of a 1440 px window is what the panel gets at the smaller text sizes. At 200 % the
                // customer screen has one main column (two need 70 em), so on that window the panel is
                // about 790 px wide (seen on screen); it is checked from 760 px there. Narrower, its three
                // must-read columns (document, status, due date) do not fit 26 px text and the table scrolls.
                if (scale > 1.6 && width < 760) {
                    width = 760;
                }
                showAt(width, scale);
                String at = width + " px at " + Math.round(scale * 100) + " %";
                List<CellText> cells = everyRow(table, "Status", "Requested", "Due by", "Received");
                assertThat(cells).as(at).isNotEmpty().allMatch(CellText::whole, "shown whole");
                assertThat(cells).as(at).extracting(CellText::full)
                        .contains("Overdue", "Requested", "Received", "Verified", "Rejected", "Unknown", "28 Nov 2025");
                assertThat(visibleTitles(table)).as(at).contains("Document", "Status", "Due by");
                TableColumn<EvidenceItem, ?> document = table.getColumns().getFirst();
                assertThat(document.getWidth()).as(at + ": the description keeps room for a few words (4 em)")
                        .isGreaterThanOrEqualTo(4 * Theme.BASE_FONT_PX * scale);
            }
        }
        // At the designed size the columns shown by default all have room, as they had before.
        showAt(480, 1.0);
        assertThat(visibleTitles(table)).containsExactly("Document", "Status", "Due by", "Received", "File");

        // The caseworker shows the Requested column from the menu: its dates read whole too.
        onFx(() -> table.getColumns().stream().filter(c -> c.getText().equals("Requested"))
                .forEach(c -> c.setVisible(true)));
        settle();
        assertThat(everyRow(table, "Requested")).isNotEmpty().allMatch(CellText::whole, "shown whole");
    }

    /** A few pulses of layout when data lands, then none: no layout loop, however big the record. */
    @Test
    void settlesWithinAFewLayoutPassesOfShowingData() {
        assertThat(layoutPassesToShow(viewWith(loaded(sample())))).isBetween(1, 4);
        // a thousand documents, shown over the sample
        assertThat(layoutPassesToShow(viewWith(loaded(EvidenceSamples.many(1000))))).isBetween(1, 4);
    }
}
