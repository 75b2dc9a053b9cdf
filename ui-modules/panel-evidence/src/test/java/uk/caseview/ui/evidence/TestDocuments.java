package uk.caseview.ui.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Real documents made in memory for the preview's tests: PDFs by PDFBox, images by ImageIO. */
final class TestDocuments {

    private TestDocuments() {}

    /** A4 pages, each with a black square in its top-left corner (72 pt from the top and left, 72 pt wide). */
    static byte[] pdf(int pages) {
        return pdf(pages, PDRectangle.A4, null);
    }

    static byte[] pdf(int pages, PDRectangle size, String userPassword) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.setNonStrokingColor(Color.BLACK);
                    content.addRect(72, size.getHeight() - 144, 72, 72);
                    content.fill();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] png(int width, int height) {
        return image(width, height, "png", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] jpeg(int width, int height) {
        return image(width, height, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    /** A colour JPEG as a phone writes one (three bytes a pixel before compression). */
    static byte[] photo(int width, int height) {
        return image(width, height, "jpeg", BufferedImage.TYPE_3BYTE_BGR);
    }

    /** A large but highly compressible PNG: one bit per pixel, all white. */
    static byte[] hugePng(int width, int height) {
        return image(width, height, "png", BufferedImage.TYPE_BYTE_BINARY);
    }

    private static byte[] image(int width, int height, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
