package uk.caseview.ui.fx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * One CSS and layout pass over a subtree, as a pulse runs it, reporting which parents it really
 * laid out: those whose {@code needsLayout} the pass cleared. A parent that asked for layout while
 * its own parent was being laid out keeps the flag, but no pass reaches it and no pulse has work
 * for it, so it is not counted. For tests and the render benchmark, which ask whether a screen
 * settles; FX thread only.
 */
public final class LayoutPass {

    private LayoutPass() {}

    public static Set<Parent> run(Parent root) {
        Set<Parent> laidOut = new LinkedHashSet<>();
        List<Runnable> unwatch = new ArrayList<>();
        watch(root, laidOut, unwatch);
        try {
            root.applyCss();
            root.layout();
        } finally {
            unwatch.forEach(Runnable::run);
        }
        return laidOut;
    }

    private static void watch(Parent parent, Set<Parent> laidOut, List<Runnable> unwatch) {
        ChangeListener<Boolean> listener = (obs, was, now) -> {
            if (was && !now) {
                laidOut.add(parent);
            }
        };
        parent.needsLayoutProperty().addListener(listener);
        unwatch.add(() -> parent.needsLayoutProperty().removeListener(listener));
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                watch(p, laidOut, unwatch);
            }
        }
    }
}
