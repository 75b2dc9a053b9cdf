package uk.caseview.ui.evidence;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.client.EvidenceDocument;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.error.DocumentTooLargeException;
import uk.caseview.sdk.error.NotFoundException;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Tone;
import uk.caseview.ui.widget.Pill;

/**
 * One evidence document on screen: its title and status, the current page, page turning and
 * zoom. Fetching, parsing and drawing run off the FX thread; each answer is checked against
 * what is wanted now, so a caseworker moving quickly down the list only ever sees the document
 * they stopped on. Only the visible page is drawn.
 */
final class DocumentPreview extends BorderPane {

    /** Drawn sharp enough for "fit width" on a large screen; "actual size" shows it at 96 dpi. */
    static final float DPI = 144f;
    private static final double SCREEN_DPI = 96;
    private static final double GUTTER = 24; // keeps the page off the scroll bars

    enum Zoom { FIT_PAGE, FIT_WIDTH, ACTUAL }

    private final PanelContext context;
    private final Label title = new Label();
    private final Pill status = new Pill("", Tone.NEUTRAL);
    private final Label file = new Label();
    private final Button previous = new Button("‹ Previous");
    private final Button next = new Button("Next ›");
    private final Label pageLabel = new Label();
    private final ToggleGroup zoomGroup = new ToggleGroup();
    private final HBox zooms = new HBox(); // one row, pushed to the right; a FlowPane would take the spare width
    private final ImageView view = new ImageView();
    private final ScrollPane scroll;
    private final Label message = new Label();
    private final Button retry = new Button("Retry");
    private final VBox messageBox = new VBox(message, retry);

    /** Bumped for each document asked for; a fetch or page drawn for an older one is dropped. */
    private final AtomicLong generation = new AtomicLong();
    /** Bumped for each page asked for; a page turn not yet started is skipped if another follows. */
    private final AtomicLong pageRequest = new AtomicLong();

    private EvidenceItem item;
    private PreviewDocument document;
    private int page;
    private int pages;
    private Zoom zoom = Zoom.FIT_PAGE;

    DocumentPreview(PanelContext context) {
        this.context = context;
        getStyleClass().add("cv-preview");
        setId("evidence-preview");

        title.setId("preview-title");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        status.setId("preview-status");
        file.setId("preview-file");
        file.getStyleClass().add(Styles.MUTED);
        file.setWrapText(true);
        HBox heading = new HBox(title, status);
        heading.getStyleClass().add("cv-row");
        heading.setAlignment(Pos.CENTER_LEFT);

        previous.setId("preview-previous");
        previous.setAccessibleText("Previous page");
        previous.setTooltip(new Tooltip("Previous page (Page Up)"));
        previous.setOnAction(e -> turnTo(page - 1));
        next.setId("preview-next");
        next.setAccessibleText("Next page");
        next.setTooltip(new Tooltip("Next page (Page Down)"));
        next.setOnAction(e -> turnTo(page + 1));
        pageLabel.setId("preview-page");
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        zooms.getStyleClass().add(Styles.FILTER_BAR);
        zooms.setMinWidth(Region.USE_PREF_SIZE);
        zooms.getChildren().addAll(
                zoomButton("Fit page", "Zoom to fit the whole page", Zoom.FIT_PAGE),
                zoomButton("Fit width", "Zoom to fit the page's width", Zoom.FIT_WIDTH),
                zoomButton("100%", "Actual size", Zoom.ACTUAL));
        zoomGroup.selectToggle(zoomGroup.getToggles().getFirst());
        zoomGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one zoom is always chosen
                return;
            }
            zoom = (Zoom) now.getUserData();
            applyZoom();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(previous, pageLabel, next, spacer, zooms);
        tools.getStyleClass().addAll("cv-row", "cv-preview-tools");
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(heading, file, tools);
        top.getStyleClass().addAll("cv-stack", "cv-preview-header");
        setTop(top);

        view.setId("preview-image");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        StackPane holder = new StackPane(view);
        holder.getStyleClass().add("cv-preview-page");
        scroll = uk.caseview.ui.fx.ScrollPanes.uncached(new ScrollPane(holder));
        scroll.setId("preview-scroll");
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setAccessibleText("Document page");
        // Centred vertically when the page is shorter than the window, scrolled when it is taller.
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            holder.setMinHeight(now.getHeight());
            applyZoom();
        });

        message.setId("preview-message");
        message.setWrapText(true);
        retry.setId("preview-retry");
        retry.setAccessibleText("Retry fetching the document");
        retry.getStyleClass().add(Styles.BUTTON_PRIMARY);
        retry.setOnAction(e -> load());
        messageBox.getStyleClass().add("cv-preview-message");
        messageBox.setAlignment(Pos.CENTER_LEFT);
        messageBox.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane centre = new StackPane(scroll, messageBox);
        StackPane.setAlignment(messageBox, Pos.TOP_CENTER);
        setCenter(centre);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                turnTo(page + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                turnTo(page - 1);
                e.consume();
            }
        });
        clear();
    }

    private ToggleButton zoomButton(String text, String accessible, Zoom value) {
        ToggleButton b = new ToggleButton(text);
        b.setId("preview-zoom-" + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        b.setAccessibleText(accessible);
        b.setUserData(value);
        b.setToggleGroup(zoomGroup);
        return b;
    }

    /** Shows {@code item}, fetching it unless it is the one already shown (or on its way). */
    void show(EvidenceItem item, LocalDate today) {
        status.set(EvidenceViewModel.statusText(item, today), EvidenceViewModel.tone(item, today));
        status.setAccessibleText("Status: " + status.getText());
        boolean same = this.item != null && this.item.evidenceId().equals(item.evidenceId());
        this.item = item;
        title.setText(EvidenceViewModel.describe(item));
        // The reason a document was turned down is what the caseworker checks it against.
        file.setText(item.rejectionReason() == null || item.rejectionReason().isBlank()
                ? EvidenceViewModel.file(item)
                : EvidenceViewModel.file(item) + " · Rejected: " + item.rejectionReason());
        if (!same) {
            load();
        }
    }

    /** The item on show, or null. */
    EvidenceItem item() {
        return item;
    }

    /** Forgets the document (closing the window): its pages leave memory now, not at the next one. */
    void clear() {
        generation.incrementAndGet();
        release();
        item = null;
        title.setText("");
        file.setText("");
        say("Choose a document in the evidence list to preview it.", false, false);
    }

    private void load() {
        long wanted = generation.incrementAndGet();
        release();
        if (item.mediaType() == null && item.fileName() == null) {
            say("Nothing to preview yet: this document has been requested but not received.", false, false);
            return;
        }
        say("Loading preview…", false, false);
        String evidenceId = item.evidenceId();
        context.tasks().run(() -> {
            EvidenceDocument fetched = context.apis().evidence().getDocument(evidenceId);
            if (generation.get() != wanted) {
                return null; // the caseworker has moved on: don't spend a core parsing this one
            }
            PreviewDocument opened = PreviewDocument.open(fetched);
            try {
                return new Opened(opened, opened.render(0, DPI));
            } catch (PreviewProblem | RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            if (opened == null) {
                return;
            }
            if (generation.get() != wanted) {
                closeLater(opened.document());
                return;
            }
            document = opened.document();
            pages = document.pageCount();
            showPage(0, opened.first());
        }, error -> {
            if (generation.get() == wanted) {
                fail(error);
            }
        });
    }

    private record Opened(PreviewDocument document, Image first) {}

    private void turnTo(int target) {
        if (document == null || target < 0 || target >= pages || target == page) {
            return;
        }
        long wanted = generation.get();
        long request = pageRequest.incrementAndGet();
        PreviewDocument doc = document;
        page = target;
        updatePageControls();
        pageLabel.setText("Page " + (target + 1) + " of " + pages + " (loading…)");
        context.tasks().run(() -> pageRequest.get() == request ? doc.render(target, DPI) : null, image -> {
            if (image != null && generation.get() == wanted && pageRequest.get() == request) {
                showPage(target, image);
            }
        }, error -> {
            if (generation.get() == wanted && pageRequest.get() == request) {
                fail(error);
            }
        });
    }

    private void showPage(int index, Image image) {
        page = index;
        view.setImage(image);
        view.setAccessibleText("Page " + (index + 1) + " of " + pages + ": " + title.getText());
        updatePageControls();
        messageBox.setVisible(false);
        scroll.setVisible(true);
        scroll.setVvalue(0);
        applyZoom();
    }

    private void updatePageControls() {
        boolean paged = document != null && pages > 1;
        previous.setDisable(!paged || page == 0);
        next.setDisable(!paged || page >= pages - 1);
        pageLabel.setText(document == null ? "" : "Page " + (page + 1) + " of " + pages);
        pageLabel.setAccessibleText(pageLabel.getText());
        zooms.setDisable(document == null);
    }

    private void applyZoom() {
        Image image = view.getImage();
        Bounds viewport = scroll.getViewportBounds();
        if (image == null || viewport == null) {
            return;
        }
        double width = Math.max(1, viewport.getWidth() - GUTTER);
        double height = Math.max(1, viewport.getHeight() - GUTTER);
        switch (zoom) {
            case FIT_PAGE -> {
                view.setFitWidth(width);
                view.setFitHeight(height);
            }
            case FIT_WIDTH -> {
                view.setFitWidth(width);
                view.setFitHeight(0);
            }
            case ACTUAL -> {
                // A PDF page was drawn at DPI; an image is shown pixel for pixel.
                double scale = document instanceof PdfPages ? SCREEN_DPI / DPI : 1;
                view.setFitWidth(image.getWidth() * scale);
                view.setFitHeight(0);
            }
        }
    }

    private void fail(Throwable error) {
        switch (error) {
            case PreviewProblem p -> say(p.getMessage(), true, false);
            case DocumentTooLargeException e -> say("This document is too large to preview (over "
                    + e.limitBytes() / (1024 * 1024) + " MB). Open it in the evidence system instead.", true, false);
            case NotFoundException e -> say("The evidence service has no file for this document.", true, false);
            case ApiException e -> say("The document couldn't be fetched. " + e.userMessage(), true, true);
            default -> say("The preview couldn't be shown. Try again; if it keeps happening, report it.", true, true);
        }
    }

    private void say(String text, boolean problem, boolean canRetry) {
        message.setText(text);
        messageBox.getStyleClass().removeAll(Styles.UNAVAILABLE);
        message.getStyleClass().removeAll(Styles.UNAVAILABLE_MESSAGE, Styles.MUTED);
        if (problem) {
            messageBox.getStyleClass().add(Styles.UNAVAILABLE);
            message.getStyleClass().add(Styles.UNAVAILABLE_MESSAGE);
        } else {
            message.getStyleClass().add(Styles.MUTED);
        }
        retry.setVisible(canRetry);
        retry.setManaged(canRetry);
        messageBox.setVisible(true);
        scroll.setVisible(false);
        if (problem) {
            context.announce(text);
        }
    }

    /** Drops the document on show; closing waits for a page being drawn, so it happens off the FX thread. */
    private void release() {
        pageRequest.incrementAndGet();
        if (document != null) {
            closeLater(document);
        }
        document = null;
        pages = 0;
        page = 0;
        view.setImage(null);
        updatePageControls();
    }

    private void closeLater(PreviewDocument doc) {
        context.tasks().run(() -> {
            doc.close();
            return null;
        }, done -> {}, error -> {});
    }
}
