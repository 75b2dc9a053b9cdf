package uk.caseview.ui.state;

import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.ui.theme.Styles;

/**
 * The frame every panel lives in: a heading with a freshness badge, and a body that shows
 * exactly what the SDK knows about one source: a loading skeleton, the panel's content, or
 * "Unavailable: reason" with Retry. Panels only supply the content and how to fill it.
 *
 * <p>{@link #show} is cheap when nothing changed: the render callback runs only when the
 * loaded value differs from the one on screen (the SDK's records compare by value), so updates
 * to other sources of the same customer view, and a refresh that brings back equal data, cost
 * this panel nothing but its badge.
 */
public final class SourcePane<T> extends VBox {

    public enum Phase { LOADING, CONTENT, UNAVAILABLE }

    private final Label title;
    private final FreshnessBadge badge = new FreshnessBadge();
    private final HBox headerTools = new HBox();
    private final StackPane body = new StackPane();
    private final LoadingSkeleton skeleton;
    private final UnavailableNotice unavailable;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.LOADING);
    private Node content = new Region();
    private T shown;

    public SourcePane(String heading, Source source, Consumer<Source> retry) {
        getStyleClass().add(Styles.PANEL);
        title = new Label(heading);
        title.getStyleClass().add(Styles.PANEL_TITLE);
        title.setMinWidth(USE_PREF_SIZE);
        headerTools.getStyleClass().add("cv-panel-tools");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, badge, spacer, headerTools);
        header.getStyleClass().add(Styles.PANEL_HEADER);

        skeleton = new LoadingSkeleton("Loading " + heading.toLowerCase(java.util.Locale.UK) + "…");
        unavailable = new UnavailableNotice(heading, () -> retry.accept(source));
        body.getStyleClass().add(Styles.PANEL_BODY);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);
        setPhase(Phase.LOADING);
        showOnly(skeleton);
    }

    /** The panel's content node; shown whenever the source is loaded. */
    public void setContent(Node node) {
        this.content = node;
        if (phase.get() == Phase.CONTENT) {
            showOnly(node);
        }
    }

    /** Controls that belong in the heading (filters, pickers); disabled unless content is shown. */
    public ObservableList<Node> headerTools() {
        return headerTools.getChildren();
    }

    /**
     * Shows {@code state}. When it holds a value not yet on screen, {@code render} fills the
     * content with it first, so the content never appears half-updated.
     */
    public void show(SourceState<T> state, Instant now, Consumer<T> render) {
        switch (state) {
            case SourceState.Loading<T> l -> {
                badge.hide();
                setPhase(Phase.LOADING);
                showOnly(skeleton);
            }
            case SourceState.Loaded<T> loaded -> {
                if (loaded.value() != shown && !loaded.value().equals(shown)) {
                    render.accept(loaded.value());
                    shown = loaded.value();
                }
                badge.show(loaded, now);
                setPhase(Phase.CONTENT);
                showOnly(content);
            }
            case SourceState.Unavailable<T> u -> {
                badge.hide();
                unavailable.show(u.reason(), u.reference());
                setPhase(Phase.UNAVAILABLE);
                showOnly(unavailable);
            }
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase phase() {
        return phase.get();
    }

    /** Puts keyboard focus on the first thing worth acting on: a control in the content, or Retry. */
    public void focusBody() {
        Node target = switch (phase.get()) {
            case UNAVAILABLE -> unavailable.retryButton();
            case CONTENT -> Focus.firstTraversable(content);
            case LOADING -> null;
        };
        (target == null ? title : target).requestFocus();
    }

    public String heading() {
        return title.getText();
    }

    private void setPhase(Phase p) {
        phase.set(p);
        headerTools.setDisable(p != Phase.CONTENT);
    }

    private void showOnly(Node node) {
        if (body.getChildren().size() != 1 || body.getChildren().get(0) != node) {
            body.getChildren().setAll(node);
        }
    }
}
