package uk.caseview.app.testing;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Drops a file on a node the way a caseworker dragging it from the desktop would, for headless
 * tests: Monocle has no desktop to drag from and the file chooser is a native dialog, so the test
 * builds the drag-and-drop events itself. The app then takes the same path as a real drop.
 * Uses JavaFX internals to make a dragboard; fine on the class path, test code only.
 */
public final class FileDrop {

    private FileDrop() {}

    /** Call on the FX thread. */
    public static void onto(Node target, File file) {
        Dragboard board = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
        DragboardHelper.setDataAccessRestriction(board, false);
        board.setContent(Map.of(DataFormat.FILES, List.of(file)));
        var centre = target.localToScene(target.getBoundsInLocal().getCenterX(), target.getBoundsInLocal().getCenterY());
        // Only the drop: a hand-made dragboard has no gesture to negotiate transfer modes over.
        Event.fireEvent(target, new DragEvent(DragEvent.DRAG_DROPPED, board, centre.getX(), centre.getY(),
                centre.getX(), centre.getY(), TransferMode.COPY, null, target, null));
    }
}
