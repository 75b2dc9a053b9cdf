package uk.caseview.ui.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG or JPEG scan: one page, decoded by JavaFX. Its dimensions are read from the header
 * first, so a small file that would unpack to gigabytes of pixels is refused before decoding,
 * and a photo bigger than {@link #DRAWN_PIXELS} is decoded straight to that size. A JPEG is shown
 * the way up its camera said it was taken ({@link ExifOrientation}).
 */
final class ImagePage implements PreviewDocument {

    private final Image image;

    private ImagePage(Image image) {
        this.image = image;
    }

    static ImagePage open(byte[] bytes, String label) throws PreviewProblem {
        Size declared = declaredSize(bytes, label);
        long pixels = declared.pixels();
        if (pixels > MAX_IMAGE_PIXELS) {
            throw PreviewProblem.tooLarge("the image is " + pixels / 1_000_000 + " megapixels");
        }
        try {
            Image image;
            if (pixels <= DRAWN_PIXELS) {
                image = new Image(new ByteArrayInputStream(bytes));
            } else {
                // Scaled while decoding: a 48 MP JPEG decoded this way beside 110 MB of other data under a 256 MB heap.
                double scale = Math.sqrt((double) DRAWN_PIXELS / pixels);
                image = new Image(new ByteArrayInputStream(bytes),
                        Math.floor(declared.width() * scale), Math.floor(declared.height() * scale), true, true);
            }
            if (image.isError() || image.getWidth() <= 0 || image.getHeight() <= 0) {
                throw PreviewProblem.corrupt(label);
            }
            return new ImagePage(ExifOrientation.upright(image, ExifOrientation.of(bytes)));
        } catch (OutOfMemoryError e) {
            throw PreviewProblem.tooLarge("there is not enough memory to draw it");
        }
    }

    private record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    private static Size declaredSize(byte[] bytes, String label) throws PreviewProblem {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw PreviewProblem.corrupt(label);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw PreviewProblem.corrupt(label);
        }
    }

    @Override
    public int pageCount() {
        return 1;
    }

    @Override
    public Image render(int index, float dpi) {
        return image;
    }

    @Override
    public void close() {
        // Nothing but the decoded image, which the garbage collector takes with this object.
    }
}
