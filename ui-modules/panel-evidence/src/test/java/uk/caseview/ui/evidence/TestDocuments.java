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

    /**
     * {@code jpeg} with an EXIF segment saying which way up it was taken, as a phone writes it:
     * APP1 "Exif", a TIFF header in the given byte order and one IFD entry, tag 0x0112.
     */
    static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(26)
                .order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M')).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next IFD
        byte[] exif = "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
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
