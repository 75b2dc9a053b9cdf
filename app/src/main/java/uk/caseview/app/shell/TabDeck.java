package uk.caseview.app.shell;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The shell's tabs: a {@link TabPane} used only as the strip of tab headers, over a deck holding
 * every tab's page. A page stays in the scene for as long as its tab is open, and also after its
 * tab is closed, hidden, until the owner {@linkplain #discard discards} it or the tab is added
 * again; choosing a tab only changes which page is visible.
 *
 * <p>Why not let the TabPane hold the pages: its skin takes a page out of the scene when its tab
 * is removed and puts it into a new parent when the tab is added again, and JavaFX then
 * re-applies CSS to the whole subtree. For a customer screen that cost more than a frame
 * (decision 0304); toggling visibility costs almost nothing.
 */
public final class TabDeck {

    private final TabPane strip = new TabPane();
    private final StackPane deck = new StackPane();
    private final VBox node = new VBox(strip, deck);
    private final Map<Tab, Node> pages = new IdentityHashMap<>();
    /** Pages whose tab has left the strip but which are kept, hidden, for the tab to come back. */
    private final Map<Tab, Node> kept = new IdentityHashMap<>();

    public TabDeck() {
        // Exactly its headers' height: the pages below take the rest, and a tall page must not squeeze the strip away.
        strip.setMinHeight(Region.USE_PREF_SIZE);
        strip.setMaxHeight(Region.USE_PREF_SIZE);
        deck.setMinHeight(0);
        deck.getStyleClass().add("cv-tab-deck");
        VBox.setVgrow(deck, Priority.ALWAYS);
        strip.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> showPageOf(now));
        strip.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                for (Tab gone : change.getRemoved()) {
                    if (!strip.getTabs().contains(gone)) {
                        keep(gone);
                    }
                }
            }
        });
    }

    public Parent node() {
        return node;
    }

    /** The strip: its tabs, their order and the selection. Tabs added here directly have no page. */
    public TabPane strip() {
        return strip;
    }

    /** Adds the tab at the end of the strip with its page; a page kept for it is reused as it is. */
    public void add(Tab tab, Node page) {
        kept.remove(tab);
        setPage(tab, page);
        strip.getTabs().add(tab);
    }

    /** Gives (or replaces) the tab's page, e.g. a workspace built the first time its tab is chosen. */
    public void setPage(Tab tab, Node page) {
        Node previous = pages.put(tab, page);
        if (previous == page) {
            return;
        }
        if (previous != null) {
            deck.getChildren().remove(previous);
        }
        if (page != null && page.getParent() != deck) {
            hide(page);
            deck.getChildren().add(page);
        }
        showPageOf(strip.getSelectionModel().getSelectedItem());
    }

    public Optional<Node> page(Tab tab) {
        return Optional.ofNullable(pages.containsKey(tab) ? pages.get(tab) : kept.get(tab));
    }

    public void select(Tab tab) {
        strip.getSelectionModel().select(tab);
    }

    /** A closed tab's page that will not come back leaves the scene. Every closed tab's owner must call this or add the tab again. */
    public void discard(Tab tab) {
        Node page = kept.remove(tab);
        if (page != null) {
            deck.getChildren().remove(page);
        }
    }

    /**
     * A tab left the strip: its page stays in the scene, hidden, until the tab comes back or its
     * owner {@linkplain #discard discards} it. The owner decides, after the close, whether the
     * page is worth keeping; taking the page out here and putting it back then would be the very
     * re-parenting this class exists to avoid.
     */
    private void keep(Tab gone) {
        Node page = pages.remove(gone);
        if (page != null) {
            kept.put(gone, page);
            hide(page);
        }
    }

    private void showPageOf(Tab selected) {
        Node visible = selected == null ? null : pages.get(selected);
        for (Node page : deck.getChildren()) {
            if (page == visible) {
                page.setManaged(true);
                page.setVisible(true);
            } else {
                hide(page);
            }
        }
    }

    /** Hidden and left out of layout, so a window resize does not lay out pages nobody sees. */
    private static void hide(Node page) {
        page.setVisible(false);
        page.setManaged(false);
    }
}
