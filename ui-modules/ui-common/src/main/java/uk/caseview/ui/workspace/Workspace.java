package uk.caseview.ui.workspace;

import javafx.scene.Node;

/** One open workspace. Methods are called on the FX Application Thread. */
public interface Workspace {

    Node node();

    default void dispose() {}
}
