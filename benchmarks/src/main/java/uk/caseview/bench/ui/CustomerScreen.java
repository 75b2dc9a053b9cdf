package uk.caseview.bench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.Placement;

/**
 * The five panels of one customer tab, laid out as the shell's CustomerTab lays them out at
 * 1440 px wide: SIDE panels in a column on the left, MAIN panels in a two-column grid that
 * fills the rest. The shell's header and flags banner live in the app module and are not here;
 * they are two rows of labels next to the panels' tables, a chart and cards.
 *
 * <p>A near-copy of {@code CustomerTab}'s layout, used only by {@link RenderReport}, which needs
 * each panel on its own to time its create, show and first CSS. Every timed figure in
 * {@link PanelRenderBenchmark} uses the shell's real {@code CustomerTab}. This copy lags the shell:
 * the timeline (RAIL) is a third, full-width grid row here, always in the scene.
 */
final class CustomerScreen {

    private final List<CustomerPanel> panels = new ArrayList<>();
    private final BorderPane root;

    /** Creates every panel (as a newly opened tab does). Call on the FX thread. */
    CustomerScreen(List<PanelProvider> providers, PanelContext context) {
        VBox side = new VBox();
        side.getStyleClass().add("cv-side-column");
        List<Node> main = new ArrayList<>();
        for (PanelProvider p : providers) {
            CustomerPanel panel = p.create(context);
            panel.node().setId("panel-" + p.id());
            panels.add(panel);
            if (p.placement() == Placement.SIDE) {
                VBox.setVgrow(panel.node(), Priority.ALWAYS);
                side.getChildren().add(panel.node());
            } else {
                if (panel.node() instanceof Region region) {
                    region.setMinSize(0, 0);
                }
                main.add(panel.node());
            }
        }
        ScrollPane mainArea = new ScrollPane(grid(main));
        mainArea.setFitToWidth(true);
        mainArea.setFitToHeight(true);
        mainArea.getStyleClass().add("cv-main-area");
        HBox.setHgrow(mainArea, Priority.ALWAYS);
        HBox body = new HBox(side, mainArea);
        body.getStyleClass().add("cv-customer-body");
        root = new BorderPane(body);
        root.getStyleClass().add("cv-customer");
    }

    Parent root() {
        return root;
    }

    List<CustomerPanel> panels() {
        return panels;
    }

    void show(CustomerView view) {
        for (CustomerPanel p : panels) {
            p.show(view);
        }
    }

    void dispose() {
        panels.forEach(CustomerPanel::dispose);
    }

    /** Two columns, as CustomerTab arranges them whenever the main area is at least 70 em wide. */
    private static GridPane grid(List<Node> main) {
        int columns = Math.min(2, main.size());
        int rows = (main.size() + columns - 1) / columns;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("cv-main-grid");
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < main.size(); i++) {
            int span = (i == main.size() - 1 && main.size() % columns != 0) ? columns : 1;
            grid.add(main.get(i), i % columns, i / columns, span, 1);
        }
        return grid;
    }
}
