package uk.caseview.ui.state;

import javafx.scene.Node;
import javafx.scene.Parent;

/** Finds where keyboard focus should land inside a node tree. */
public final class Focus {

    private Focus() {}

    /** The first visible, enabled, focus-traversable node in document order, or null. */
    public static Node firstTraversable(Node root) {
        if (root == null || !root.isVisible() || root.isDisabled()) {
            return null;
        }
        if (root.isFocusTraversable()) {
            return root;
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstTraversable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
