package uk.caseview.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * JavaFX's ScrollPane skin caches its viewport as a bitmap ({@code setCache(true)}). Each cached
 * viewport holds an offscreen image from a pool JavaFX never gives back when the node goes: with
 * a customer screen holding three scroll panes, every customer opened cost about 2.5 MB of heap
 * that stayed until the app closed (found by the memory benchmark, decision 1302). A cached
 * bitmap also blurs text while it scrolls. Caseview's scroll panes draw their content directly.
 */
public final class ScrollPanes {

    private ScrollPanes() {}

    /** @return the same scroll pane, its viewport no longer cached as a bitmap (now or once skinned) */
    public static <T extends ScrollPane> T uncached(T scroll) {
        scroll.skinProperty().addListener((o, old, skin) -> uncacheViewport(scroll));
        uncacheViewport(scroll);
        return scroll;
    }

    /**
     * A page: {@code content} fills the scroll pane's viewport and scrolls only where the viewport is
     * smaller than the content's minimum size (a short window, large text), rather than squeezing it.
     */
    public static ScrollPane page(Node content) {
        ScrollPane page = uncached(new ScrollPane(content));
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        return page;
    }

    private static void uncacheViewport(ScrollPane scroll) {
        for (Node child : scroll.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }

    /** For tests: whether this scroll pane's viewport is drawn as a cached bitmap. */
    public static boolean viewportCached(ScrollPane scroll) {
        return scroll.getChildrenUnmodifiable().stream()
                .anyMatch(c -> c.getStyleClass().contains("viewport") && c.isCache());
    }
}
