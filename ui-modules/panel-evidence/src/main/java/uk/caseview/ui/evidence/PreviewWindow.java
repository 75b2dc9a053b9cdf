package uk.caseview.ui.evidence;

import java.time.LocalDate;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.theme.Palette;

/**
 * The preview in a window of its own, beside the customer screen: a document needs more room
 * than a panel in the grid has. While open it follows the evidence list's selection; Alt+Down and
 * Alt+Up move that selection from here. Escape closes it and focus goes back to the list.
 *
 * <p>It looks like the customer screen beside it and keeps doing so while open: a palette or text
 * size chosen from the View menu restyles the screen's scene root (see {@code Theme}), and this
 * window copies that root's look whenever it changes, not only when it opens.
 */
final class PreviewWindow {

    private final Node owner;
    private final DocumentPreview preview;
    private final Runnable onClosed;
    private final java.util.function.IntConsumer step;
    private Stage stage;
    /** The customer screen's scene while this window is open, whose look it follows; null when closed. */
    private Scene followed;
    private final InvalidationListener lookChanged = o -> {
        if (followed != null && stage != null) {
            matchLook(followed, stage.getScene());
        }
    };
    private final ChangeListener<Parent> rootChanged = (obs, old, now) -> {
        watchRoot(old, false);
        watchRoot(now, true);
        lookChanged.invalidated(obs);
    };

    /**
     * @param step moves the list's selection by +1 or -1 (Alt+Down / Alt+Up here), so the caseworker
     *             can go through the documents without leaving this window; the preview follows
     */
    PreviewWindow(Node owner, PanelContext context, Runnable onClosed, java.util.function.IntConsumer step) {
        this.owner = owner;
        this.preview = new DocumentPreview(context);
        this.onClosed = onClosed;
        this.step = step;
    }

    DocumentPreview preview() {
        return preview;
    }

    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** Opens the window (or brings it forward) on {@code item}. */
    void open(uk.caseview.sdk.model.evidence.EvidenceItem item, LocalDate today) {
        Window ownerWindow = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (ownerWindow == null) {
            return; // the panel is not on screen: nothing to open beside
        }
        if (stage == null) {
            stage = create(ownerWindow);
        }
        follow(owner.getScene());
        preview.show(item, today);
        if (!stage.isShowing()) {
            place(stage, ownerWindow, owner.localToScreen(owner.getBoundsInLocal()));
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
    }

    /** Shows {@code item} if the window is open; does nothing otherwise. */
    void follow(uk.caseview.sdk.model.evidence.EvidenceItem item, LocalDate today) {
        if (isShowing() && item != null) {
            preview.show(item, today);
        }
    }

    void close() {
        if (stage != null) {
            stage.hide();
        }
    }

    private Stage create(Window ownerWindow) {
        Stage s = new Stage();
        s.initOwner(ownerWindow);
        // No name or NINO in a title bar: it shows in the task bar and in screen-sharing lists.
        s.setTitle("Evidence preview");
        Scene scene = new Scene(preview, 760, 900);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                s.hide();
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)) {
                step.accept(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
        s.setScene(scene);
        s.setOnHidden(e -> {
            follow(null);
            preview.clear();
            onClosed.run();
        });
        return s;
    }

    /**
     * Takes the look of {@code screen} now and follows its changes until the next call; null stops
     * following (the window is hidden), so a closed preview holds no listener on the main window.
     */
    private void follow(Scene screen) {
        if (followed != screen) {
            if (followed != null) {
                followed.getStylesheets().removeListener(lookChanged);
                followed.rootProperty().removeListener(rootChanged);
                watchRoot(followed.getRoot(), false);
            }
            followed = screen;
            if (screen != null) {
                screen.getStylesheets().addListener(lookChanged);
                screen.rootProperty().addListener(rootChanged);
                watchRoot(screen.getRoot(), true);
            }
        }
        if (screen != null) {
            matchLook(screen, stage.getScene());
        }
    }

    /** The palette is a style class on the screen's root and the text size its inline style. */
    private void watchRoot(Parent root, boolean watch) {
        if (root == null) {
            return;
        }
        if (watch) {
            root.getStyleClass().addListener(lookChanged);
            root.styleProperty().addListener(lookChanged);
        } else {
            root.getStyleClass().removeListener(lookChanged);
            root.styleProperty().removeListener(lookChanged);
        }
    }

    /**
     * Same stylesheets, palette and text size as the customer screen, as they are now. Touches only
     * what differs: setting a scene's stylesheets, even to the same list, restyles the whole window.
     */
    private static void matchLook(Scene from, Scene to) {
        if (!to.getStylesheets().equals(from.getStylesheets())) {
            to.getStylesheets().setAll(from.getStylesheets());
        }
        Parent source = from.getRoot();
        Parent target = to.getRoot();
        if (source == null) {
            return;
        }
        for (Palette p : Palette.values()) {
            String styleClass = p.rootStyleClass();
            if (styleClass != null) {
                boolean wanted = source.getStyleClass().contains(styleClass);
                if (!wanted) {
                    target.getStyleClass().removeAll(styleClass);
                } else if (!target.getStyleClass().contains(styleClass)) {
                    target.getStyleClass().add(styleClass);
                }
            }
        }
        if (!java.util.Objects.equals(target.getStyle(), source.getStyle())) {
            target.setStyle(source.getStyle());
        }
    }

    /**
     * On the side of the screen away from the evidence list, so the list stays in view for moving
     * between documents while the preview follows.
     */
    private static void place(Stage s, Window ownerWindow, javafx.geometry.Bounds list) {
        Rectangle2D screen = Screen.getScreensForRectangle(ownerWindow.getX(), ownerWindow.getY(),
                        ownerWindow.getWidth(), ownerWindow.getHeight()).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(760, screen.getWidth() * 0.6);
        double height = Math.min(900, screen.getHeight() - 40);
        s.setWidth(width);
        s.setHeight(height);
        boolean listOnTheRight = list != null && list.getCenterX() > screen.getMinX() + screen.getWidth() / 2;
        s.setX(listOnTheRight ? screen.getMinX() + 20 : Math.max(screen.getMinX(), screen.getMaxX() - width - 20));
        s.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - height) / 2));
    }
}
