package uk.caseview.ui.evidence;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF parsed by PDFBox, in memory only (no scratch files: a document is personal data), drawn
 * one page at a time. PDFBox is not safe for two threads on one document, so render and close
 * take turns on this object's lock.
 */
final class PdfPages implements PreviewDocument {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    static PdfPages open(byte[] bytes) throws PreviewProblem {
        PDDocument document;
        try {
            document = Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw PreviewProblem.passwordProtected();
        } catch (IOException | RuntimeException e) {
            // PDFBox's messages can quote the file's contents: only the fact of failure is kept.
            throw PreviewProblem.corrupt("PDF");
        }
        if (document.getNumberOfPages() == 0) {
            closeQuietly(document);
            throw PreviewProblem.corrupt("PDF");
        }
        return new PdfPages(document);
    }

    @Override
    public int pageCount() {
        return document.getNumberOfPages();
    }

    @Override
    public synchronized Image render(int index, float dpi) throws PreviewProblem {
        BufferedImage drawn;
        try {
            PDRectangle box = document.getPage(index).getCropBox();
            double pixels = (box.getWidth() / 72.0 * dpi) * (box.getHeight() / 72.0 * dpi);
            float usable = pixels <= DRAWN_PIXELS ? dpi : (float) (dpi * Math.sqrt(DRAWN_PIXELS / pixels));
            if (usable < 18) { // a page several metres across: a drawing, not evidence
                throw PreviewProblem.tooLarge("its page " + (index + 1) + " is far bigger than a sheet of paper");
            }
            drawn = renderer.renderImageWithDPI(index, usable, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            throw PreviewProblem.corrupt("PDF");
        } catch (OutOfMemoryError e) {
            throw PreviewProblem.tooLarge("there is not enough memory to draw it");
        }
        return toFx(drawn);
    }

    /**
     * Copies the pixels across, so the preview needs no javafx-swing for one conversion. PDFBox
     * draws into an opaque int-per-pixel image; its own array is made opaque ARGB in place and
     * handed over, rather than copied once more by {@code getRGB} (a page's worth of memory).
     */
    static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel packed
                && packed.getScanlineStride() == w && ints.getNumBanks() == 1 && ints.getOffset() == 0
                ? opaque(ints.getData())
                : image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }

    /** TYPE_INT_RGB leaves the top byte zero, which ARGB would read as fully transparent. */
    private static int[] opaque(int[] rgb) {
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] |= 0xFF000000;
        }
        return rgb;
    }

    @Override
    public synchronized void close() {
        closeQuietly(document);
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // Memory-only: nothing left open that matters.
        }
    }
}
