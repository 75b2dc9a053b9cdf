package uk.caseview.ui.evidence;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Which way up a JPEG was taken. Phones store the sensor's pixels as they came and say in the
 * EXIF "Orientation" tag (0x0112) how to turn them; JavaFX ignores the tag, so a payslip photographed
 * upright would otherwise show on its side. Only that one tag is read, straight from the file's
 * APP1 segment: nothing else in the metadata (where a camera may put a location) is looked at.
 */
final class ExifOrientation {

    /** As stored: no turn. */
    static final int NORMAL = 1;

    private ExifOrientation() {}

    /** The orientation a JPEG declares, 1-8; {@link #NORMAL} when it declares none or the data is unreadable. */
    static int of(byte[] jpeg) {
        try {
            return read(jpeg);
        } catch (IndexOutOfBoundsException e) {
            return NORMAL; // a cut-off segment: show the pixels as they are
        }
    }

    private static int read(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return NORMAL;
        }
        int at = 2;
        while (at + 4 <= b.length && (b[at] & 0xFF) == 0xFF) {
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return NORMAL; // the image data starts: metadata comes before it
            }
            int length = u16(b, at + 2, false);
            int body = at + 4;
            if (marker == 0xE1 && length >= 8 && isExif(b, body)) {
                return fromTiff(b, body + 6);
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    private static boolean isExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
    }

    private static int fromTiff(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return NORMAL;
        }
        int ifd = tiff + u32(b, tiff + 4, little);
        int entries = u16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little); // a SHORT, held in the entry itself
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static int u32(byte[] b, int at, boolean little) {
        int hi = u16(b, little ? at + 2 : at, little);
        int lo = u16(b, little ? at : at + 2, little);
        return (hi << 16) | lo;
    }

    /** True when showing it turned swaps its width and height (orientations 5-8). */
    private static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * {@code image} turned and mirrored as {@code orientation} says, so it shows the way it was
     * taken; the same image when nothing needs doing. Costs one more copy of the pixels, briefly.
     */
    static Image upright(Image image, int orientation) {
        if (orientation == NORMAL || orientation < 1 || orientation > 8) {
            return image;
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        boolean swap = swapsSides(orientation);
        WritableImage out = new WritableImage(swap ? h : w, swap ? w : h);
        PixelReader in = image.getPixelReader();
        PixelWriter to = out.getPixelWriter();
        int[] row = new int[w];
        javafx.scene.image.WritablePixelFormat<java.nio.IntBuffer> argb = javafx.scene.image.PixelFormat.getIntArgbInstance();
        // Each stored row lands whole as one row or one column of the result (CIPA DC-008, tag 0x0112):
        // 2 mirrored, 3 upside down, 4 mirrored vertically, 5 mirrored along the diagonal,
        // 6 a quarter clockwise to show, 7 mirrored then a quarter clockwise, 8 a quarter anticlockwise.
        boolean reversed = orientation == 2 || orientation == 3 || orientation == 7 || orientation == 8;
        for (int y = 0; y < h; y++) {
            in.getPixels(0, y, w, 1, argb, row, 0, w);
            if (reversed) {
                reverse(row);
            }
            int flipped = h - 1 - y;
            switch (orientation) {
                case 2 -> to.setPixels(0, y, w, 1, argb, row, 0, w);
                case 3, 4 -> to.setPixels(0, flipped, w, 1, argb, row, 0, w);
                case 5, 8 -> to.setPixels(y, 0, 1, w, argb, row, 0, 1);
                default -> to.setPixels(flipped, 0, 1, w, argb, row, 0, 1); // 6, 7
            }
        }
        return out;
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
