package uk.caseview.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import uk.caseview.ui.fx.LayoutPass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Theme;

/**
 * The states every panel must show the same way: loading, content, cached with its age, and
 * unavailable with a Retry that asks the shell for exactly this panel's source. A panel's test
 * extends this and adds what is particular to its content.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class PanelStatesTest {

    protected RecordingPanelContext context;
    protected CustomerPanel panel;
    protected Stage stage;
    /** The look the panel's scene has, as the shell's one Theme gives every scene; change it to test a panel follows. */
    protected Theme theme;

    protected abstract PanelProvider provider();

    protected abstract Source source();

    /** A hand-built value of this panel's source, rich enough for {@link #assertShowsSample}. */
    protected abstract Object sample();

    /** Asserts that the panel shows {@link #sample()}'s data. */
    protected abstract void assertShowsSample(FxRobot robot);

    protected String nino() {
        return "ZX000001A";
    }

    protected double width() {
        return 900;
    }

    // ApplicationExtension only finds @Start on the concrete class, so the base sets its stage up here.
    @BeforeEach
    void setUpStage() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::start);
        WaitForAsyncUtils.waitForFxEvents();
        this.stage = primary;
    }

    /** The context the panel is created with; override to add an outbox or workspaces. */
    protected RecordingPanelContext newContext() {
        return new RecordingPanelContext(nino());
    }

    private void start(Stage stage) {
        context = newContext();
        panel = provider().create(context);
        Scene scene = new Scene(new StackPane(panel.node()), width(), 640);
        theme = new Theme();
        theme.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the primary stage is shared: a test that resized it leaves no width behind
        stage.show();
    }

    protected CustomerView viewWith(SourceState<?> state) {
        return CustomerView.loading(context.nino()).with(source(), state);
    }

    protected SourceState<?> loaded(Object value) {
        return new SourceState.Loaded<>(value, RecordingPanelContext.NOW, false);
    }

    protected void show(CustomerView view) {
        onFx(() -> panel.show(view));
    }

    protected void showSample() {
        show(viewWith(loaded(sample())));
    }

    /** More CSS and layout passes than settling ever takes: a scene still laying out after this many is in a loop. */
    protected static final int LAYOUT_LOOP = 20;

    /**
     * Shows {@code view} and then runs CSS and layout passes over the scene, as successive pulses
     * would, with no pulse in between, until a pass lays nothing out. Returns how many passes laid
     * something out; fails, naming what the last pass laid out, if {@link #LAYOUT_LOOP} passes do
     * not settle. A parent counts as laid out when the pass clears its {@code needsLayout}: one
     * that asked for layout while its own parent was being laid out keeps the flag, but no pass
     * reaches it and no pulse has work for it, so it is not counted.
     */
    protected int layoutPassesToShow(CustomerView view) {
        int[] passes = {0};
        List<String> stillLaidOut = new ArrayList<>();
        onFx(() -> {
            panel.show(view);
            Parent root = stage.getScene().getRoot();
            for (int pass = 1; pass <= LAYOUT_LOOP; pass++) {
                List<Parent> laidOut = new ArrayList<>(LayoutPass.run(root));
                if (laidOut.isEmpty()) {
                    passes[0] = pass - 1;
                    return;
                }
                if (pass == LAYOUT_LOOP) {
                    laidOut.stream().limit(5).forEach(p -> stillLaidOut.add(describe(p)));
                }
            }
            passes[0] = LAYOUT_LOOP;
        });
        assertThat(stillLaidOut).as("parents still laid out by pass " + LAYOUT_LOOP + " (a layout loop)").isEmpty();
        return passes[0];
    }

    /** Runs CSS and layout passes over the scene, as pulses would, until a pass lays nothing out. */
    protected void settle() {
        // A table that has to hide or show columns does it just after the pass that found it out
        // (Columns.fit, by runLater): so lay out, let that run, and lay out again, as the next
        // pulses would on screen. Without the second round a check could read cells sized for
        // columns already hidden, more often on a busy machine.
        for (int round = 0; round < 2; round++) {
            onFx(() -> {
                Parent root = stage.getScene().getRoot();
                for (int pass = 1; pass <= LAYOUT_LOOP && !LayoutPass.run(root).isEmpty(); pass++) {
                    // each pass may size columns for what the last one styled
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Sizes the window and the text as a caseworker may have them, then lets the scene settle. */
    protected void showAt(double windowWidth, double fontScale) {
        onFx(() -> {
            stage.setWidth(windowWidth);
            theme.setFontScale(fontScale);
        });
        settle();
    }

    /**
     * What one table cell on screen is meant to show and what it draws: {@code shown} is the text
     * of the rendered text node, which a label elides to fit ("In arrea…"); {@code fits} is false
     * when the cell's graphic (a status pill) reaches past the cell's edge, where the next column
     * paints over it, or the cell reaches past the table's viewport, under the scroll bar or off
     * to the right.
     */
    public record CellText(String column, String full, String shown, boolean fits) {
        public boolean whole() {
            return full.equals(shown) && fits;
        }
    }

    /**
     * Every non-empty cell on show in {@code table}'s visible columns titled {@code titles}: a
     * text cell's own text, or the text of the label that is its graphic (a status pill).
     */
    protected List<CellText> cellsOnShow(TableView<?> table, String... titles) {
        List<CellText> cells = new ArrayList<>();
        onFx(() -> {
            List<String> wanted = List.of(titles);
            Node viewport = table.lookup(".clipped-container");
            double viewportRight = viewport.localToScene(viewport.getLayoutBounds()).getMaxX();
            for (Node node : table.lookupAll(".table-cell")) {
                if (!(node instanceof TableCell<?, ?> cell) || cell.isEmpty()
                        || !cell.isVisible() || cell.getParent() == null || !cell.getParent().isVisible()
                        || cell.getTableColumn() == null || !cell.getTableColumn().isVisible()
                        || !wanted.contains(cell.getTableColumn().getText())) {
                    continue;
                }
                String column = cell.getTableColumn().getText();
                if (cell.getGraphic() instanceof Labeled graphic) {
                    double right = graphic.getBoundsInParent().getMaxX();
                    boolean fits = right <= cell.getWidth() - cell.snappedRightInset() + 0.01
                            && graphic.getWidth() >= graphic.prefWidth(-1) - 0.01;
                    cells.add(new CellText(column, graphic.getText(), rendered(graphic),
                            fits && inView(graphic, viewportRight)));
                } else if (cell.getText() != null) {
                    cells.add(new CellText(column, cell.getText(), rendered(cell), inView(textOf(cell), viewportRight)));
                }
            }
        });
        return cells;
    }

    /** {@link #cellsOnShow} over every row, each scrolled into view in turn, so rows below the fold are checked too. */
    protected List<CellText> everyRow(TableView<?> table, String... titles) {
        java.util.Map<String, CellText> seen = new java.util.LinkedHashMap<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            int at = row;
            onFx(() -> table.scrollTo(at));
            settle();
            cellsOnShow(table, titles).forEach(c -> seen.putIfAbsent(c.column() + "|" + c.full() + "|" + c.shown(), c));
        }
        return List.copyOf(seen.values());
    }

    /**
     * Every visible column header of {@code table} as drawn: its title, the text its label renders,
     * and whether that text ends left of the column menu button ("+"), which sits over the last
     * header when the table has no vertical scroll bar.
     */
    protected List<CellText> headersOnShow(TableView<?> table) {
        List<CellText> headers = new ArrayList<>();
        onFx(() -> {
            Node button = table.lookup(".show-hide-columns-button");
            double buttonLeft = button != null && button.isVisible()
                    ? button.localToScene(button.getLayoutBounds()).getMinX() : Double.MAX_VALUE;
            for (Node node : table.lookupAll(".column-header")) {
                if (!(node instanceof javafx.scene.control.skin.TableColumnHeader header) || !header.isVisible()
                        || header.getTableColumn() == null || !header.getTableColumn().isVisible()
                        || !header.getTableColumn().getColumns().isEmpty()) {
                    continue;
                }
                Labeled label = (Labeled) header.lookup(".label");
                Node text = textOf(label);
                boolean fits = text != null && text.localToScene(text.getBoundsInLocal()).getMaxX() <= buttonLeft + 0.5;
                headers.add(new CellText(header.getTableColumn().getText(), header.getTableColumn().getText(),
                        rendered(label), fits));
            }
        });
        return headers;
    }

    /** The titles of the columns a table shows now (a narrow table hides some). */
    protected static List<String> visibleTitles(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().map(javafx.scene.control.TableColumn::getText).toList();
    }

    private static String rendered(Labeled labeled) {
        Node text = textOf(labeled);
        return text instanceof Text t ? t.getText() : "";
    }

    private static Node textOf(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).findFirst().orElse(null);
    }

    /** Whether what is drawn ends left of the viewport's right edge, not under the scroll bar. */
    private static boolean inView(Node drawn, double viewportRight) {
        return drawn != null && drawn.localToScene(drawn.getBoundsInLocal()).getMaxX() <= viewportRight + 0.5;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null || n == node) {
                path.insert(0, "/" + n.getClass().getName().replaceAll(".*[.$]", "") + (n.getId() == null ? "" : "#" + n.getId()));
            }
        }
        return path.toString();
    }

    protected NodeQuery within(FxRobot robot, String query) {
        return robot.from(panel.node()).lookup(query);
    }

    /**
     * Runs {@code r} on the FX thread and waits until it has finished. waitForFxEvents alone gives
     * up after a few short tries, which a busy software renderer on a loaded CI machine outlasts.
     */
    protected void onFx(Runnable r) {
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(r));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the FX thread did not run the step within 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void isRegisteredForTheShellToFind() {
        assertThat(ServiceLoader.load(PanelProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(provider().getClass().asSubclass(PanelProvider.class));
        assertThat(provider().id()).isNotBlank();
        assertThat(provider().title()).isNotBlank();
    }

    @Test
    void showsASkeletonWhileLoading(FxRobot robot) {
        show(CustomerView.loading(context.nino()));
        assertThat(within(robot, "." + Styles.LOADING).tryQuery()).isPresent();
        assertThat(within(robot, "." + Styles.UNAVAILABLE).tryQuery()).isEmpty();
    }

    @Test
    void showsTheSourcesData(FxRobot robot) {
        showSample();
        assertThat(within(robot, "." + Styles.LOADING).tryQuery()).isEmpty();
        assertThat(badge(robot).isVisible()).isFalse();
        assertShowsSample(robot);
    }

    @Test
    void saysHowOldCachedDataIs(FxRobot robot) {
        show(viewWith(new SourceState.Loaded<>(
                sample(), RecordingPanelContext.NOW.minus(Duration.ofMinutes(12)), true)));
        assertThat(badge(robot).isVisible()).isTrue();
        assertThat(badge(robot).getText()).isEqualTo("Cached 12 min ago");
        assertShowsSample(robot);
    }

    @Test
    void unavailableGivesTheReasonAndRetriesThisSource(FxRobot robot) {
        show(viewWith(new SourceState.Unavailable<>("the service did not answer in time")));
        Label message = within(robot, "." + Styles.UNAVAILABLE_MESSAGE).queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Unavailable: the service did not answer in time");

        Button retry = within(robot, ".button").match((Node n) -> "Retry".equals(((Button) n).getText()))
                .queryButton();
        robot.clickOn(retry);
        assertThat(context.retries).containsExactly(source());
    }

    @Test
    void unavailableShowsTheReferenceToQuoteAndCopiesIt(FxRobot robot) throws Exception {
        show(viewWith(new SourceState.Unavailable<>("the service did not answer in time", "97d04bb3")));
        assertThat(within(robot, "#unavailable-reference").queryAs(Label.class).getText())
                .isEqualTo("Reference for the service desk: 97d04bb3");
        Button copy = within(robot, "#copy-reference").queryButton();
        onFx(copy::fire);
        String copied = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo("97d04bb3");
        assertThat(copy.getText()).isEqualTo("Copied");

        show(viewWith(new SourceState.Unavailable<>("several services failed")));
        Node referenceRow = panel.node().lookup("#unavailable-reference").getParent();
        assertThat(referenceRow.isVisible()).as("no request to refer to").isFalse();
    }

    @Test
    void otherSourcesUpdatingLeaveThisPanelAsItWas(FxRobot robot) {
        showSample();
        CustomerView base = viewWith(loaded(sample()));
        for (Source other : Source.values()) {
            if (other != source()) {
                show(base.with(other, new SourceState.Unavailable<>("down")));
            }
        }
        assertThat(within(robot, "." + Styles.UNAVAILABLE).tryQuery()).isEmpty();
        assertShowsSample(robot);
    }

    private Label badge(FxRobot robot) {
        return within(robot, ".cv-freshness-badge").queryAs(Label.class);
    }
}
