package uk.caseview.ui.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.outbox.UnsentWrite;
import uk.caseview.ui.format.PendingWrites;
import uk.caseview.ui.theme.Styles;

/**
 * A panel's "Your changes, not yet confirmed" box: each of the caseworker's writes to this
 * panel's service that is saved on this PC (or just sent) but not yet in the record the panel
 * shows, with where it stands. Hidden while there is none, so it never takes room for nothing.
 *
 * <p>Panels keep one and call {@link #show} with every customer view: the record's own copy of
 * a change replaces the line once the service has it and the record is read again.
 */
public final class PendingChanges {

    private final VBox box = new VBox();
    private final Function<UnsentWrite, String> describe;

    /**
     * @param id       the node id tests and the accessibility tree find it by
     * @param describe what a write says on this panel; null for a write the panel does not show
     */
    public PendingChanges(String id, Function<UnsentWrite, String> describe) {
        this.describe = describe;
        box.setId(id);
        box.getStyleClass().add(Styles.PENDING_BOX);
        box.setAccessibleText("Your changes, not yet confirmed");
        show(List.of());
    }

    public Node node() {
        return box;
    }

    public void show(List<UnsentWrite> unsent) {
        List<Node> lines = new ArrayList<>();
        for (UnsentWrite u : unsent) {
            String what = describe.apply(u);
            if (what != null) {
                Label line = Layouts.label(what, Styles.VALUE);
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                Label standing = Layouts.label(PendingWrites.standing(u), Styles.MUTED);
                standing.setWrapText(true);
                standing.setMinHeight(Region.USE_PREF_SIZE);
                lines.add(line);
                lines.add(standing);
            }
        }
        if (!lines.isEmpty()) {
            lines.addFirst(Layouts.label("Your changes, not yet confirmed", Styles.SECTION_TITLE));
        }
        box.getChildren().setAll(lines);
        box.setVisible(!lines.isEmpty());
        box.setManaged(!lines.isEmpty());
    }
}
