package uk.caseview.ui.evidence;

import javafx.scene.image.Image;
import uk.caseview.sdk.client.EvidenceDocument;

/**
 * A fetched document, ready to show one page at a time. Opening parses it; rendering a page
 * draws it. Both are slow for a big PDF, so both run off the FX thread; the {@link Image} that
 * comes back is not yet on screen and may be handed to the FX thread. Everything stays in memory.
 */
interface PreviewDocument extends AutoCloseable {

    /**
     * The most pixels one rendered page may have (about a 5,000 x 5,000 scan). A page or image
     * bigger than this is refused rather than risk running a caseworker's PC out of memory.
     */
    long MAX_PIXELS = 25_000_000L;

    int pageCount();

    /**
     * Page {@code index} (from 0) drawn at {@code dpi} dots per inch for a PDF; an image is drawn
     * at its own size whatever the dpi. Safe to call from any one thread at a time.
     */
    Image render(int index, float dpi) throws PreviewProblem;

    /** Frees the parsed document. Waits for a render in progress to finish. */
    @Override
    void close();

    /**
     * Parses {@code document} as what its bytes say it is. The media type the server gave must be
     * one Caseview shows, and must agree with the bytes: a "PDF" that is not one is corrupt.
     */
    static PreviewDocument open(EvidenceDocument document) throws PreviewProblem {
        String declared = document.mediaType();
        String label = switch (declared) {
            case "application/pdf" -> "PDF";
            case "image/png" -> "PNG image";
            case "image/jpeg", "image/jpg" -> "JPEG image";
            default -> throw PreviewProblem.unsupported(declared);
        };
        String actual = UploadCheck.sniff(document.content());
        boolean agrees = actual.equals(declared) || (actual.equals("image/jpeg") && declared.equals("image/jpg"));
        if (!agrees) {
            throw PreviewProblem.corrupt(label);
        }
        return actual.equals("application/pdf")
                ? PdfPages.open(document.content())
                : ImagePage.open(document.content(), label);
    }
}
