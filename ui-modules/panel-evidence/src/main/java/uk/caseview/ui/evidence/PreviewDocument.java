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
     * The most pixels a page is drawn with: a 4K screen's worth, sharper than any zoom but "100%"
     * on an office screen needs. A bigger photo or page is drawn smaller to fit. Where JavaFX
     * draws in software (no graphics card, as on many virtual desktops) each image on screen also
     * holds a texture of the same size on the Java heap, so this bounds an open preview to about
     * 60 MB. Unbounded, a 24-megapixel phone photo needed 170 MB and, under the app's 256 MB heap,
     * was silently not drawn at all.
     */
    long DRAWN_PIXELS = 8_300_000L;

    /**
     * The most pixels an image file may declare: 50 megapixels, the largest ordinary phone photo
     * (8,160 x 6,120). Decoded straight to {@link #DRAWN_PIXELS}, a 48 MP JPEG fitted beside 110 MB
     * of other data under a 256 MB heap; this refuses what would take many seconds or more memory to
     * decode, such as a small file declaring gigapixels.
     */
    long MAX_IMAGE_PIXELS = 50_000_000L;

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
