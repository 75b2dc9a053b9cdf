package uk.caseview.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import uk.caseview.sdk.client.EvidenceDocument;

/** Opening and drawing real documents, and refusing broken, mislabelled and oversized ones with a reason. */
class PreviewDocumentTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage(); // JavaFX images need the toolkit running, not a window
    }

    private static PreviewDocument open(byte[] bytes, String mediaType) throws PreviewProblem {
        return PreviewDocument.open(new EvidenceDocument(bytes, mediaType));
    }

    private static PreviewProblem problem(byte[] bytes, String mediaType) {
        return catchThrowableOfType(PreviewProblem.class, () -> open(bytes, mediaType).close());
    }

    @Test
    void aPdfIsDrawnPageByPageAtTheAskedResolution() throws Exception {
        try (PreviewDocument pdf = open(TestDocuments.pdf(3), "application/pdf")) {
            assertThat(pdf.pageCount()).isEqualTo(3);
            Image page = pdf.render(2, 72);
            // A4 is 595 x 842 points; at 72 dpi a point is a pixel.
            assertThat(page.getWidth()).isBetween(594.0, 596.0);
            assertThat(page.getHeight()).isBetween(841.0, 843.0);
            assertThat(page.getPixelReader().getColor(108, 108)).isEqualTo(Color.BLACK);
            assertThat(page.getPixelReader().getColor(300, 500)).isEqualTo(Color.WHITE);

            Image sharp = pdf.render(0, 144);
            assertThat(sharp.getWidth()).isBetween(1188.0, 1192.0);
            assertThat(sharp.getPixelReader().getColor(216, 216)).isEqualTo(Color.BLACK);
        }
    }

    @Test
    void aPngAndAJpegAreOnePageAtTheirOwnSize() throws Exception {
        try (PreviewDocument png = open(TestDocuments.png(40, 30), "image/png")) {
            assertThat(png.pageCount()).isEqualTo(1);
            Image image = png.render(0, DocumentPreview.DPI);
            assertThat(image.getWidth()).isEqualTo(40);
            assertThat(image.getHeight()).isEqualTo(30);
            assertThat(image.getPixelReader().getColor(2, 2)).isEqualTo(Color.BLACK);
        }
        try (PreviewDocument jpeg = open(TestDocuments.jpeg(64, 48), "image/jpeg")) {
            assertThat(jpeg.render(0, DocumentPreview.DPI).getWidth()).isEqualTo(64);
        }
    }

    @Test
    void aCorruptPdfOrImageIsSaidToBeDamaged() {
        byte[] pdf = TestDocuments.pdf(1);
        byte[] cut = Arrays.copyOf(pdf, 40); // the header survives, the rest is gone
        PreviewProblem brokenPdf = problem(cut, "application/pdf");
        assertThat(brokenPdf.kind()).isEqualTo(PreviewProblem.Kind.CORRUPT);
        assertThat(brokenPdf.getMessage()).isEqualTo("This PDF is damaged or isn't really a PDF, so it can't be shown.");

        byte[] png = TestDocuments.png(40, 30);
        byte[] garbled = Arrays.copyOf(png, png.length);
        Arrays.fill(garbled, 16, garbled.length, (byte) 0x5A);
        assertThat(problem(garbled, "image/png").kind()).isEqualTo(PreviewProblem.Kind.CORRUPT);
    }

    @Test
    void contentsThatDisagreeWithTheMediaTypeAreCorrupt() {
        PreviewProblem p = problem(TestDocuments.pdf(1), "image/png");
        assertThat(p.kind()).isEqualTo(PreviewProblem.Kind.CORRUPT);
        assertThat(p.getMessage()).contains("isn't really a PNG image");
        assertThat(problem("MZ not a document".getBytes(StandardCharsets.US_ASCII), "application/pdf").kind())
                .isEqualTo(PreviewProblem.Kind.CORRUPT);
    }

    @Test
    void otherKindsOfFileAreNotPreviewed() {
        PreviewProblem p = problem(TestDocuments.png(4, 4), "image/tiff");
        assertThat(p.kind()).isEqualTo(PreviewProblem.Kind.UNSUPPORTED);
        assertThat(p.getMessage()).isEqualTo(
                "Caseview can't preview this kind of file (image/tiff). Only PDF, PNG and JPEG documents can be shown.");
    }

    @Test
    void anImageThatWouldUnpackToTooManyPixelsIsRefusedBeforeDecoding() {
        PreviewProblem p = problem(TestDocuments.hugePng(9000, 6000), "image/png");
        assertThat(p.kind()).isEqualTo(PreviewProblem.Kind.TOO_LARGE);
        assertThat(p.getMessage()).isEqualTo("This document is too large to preview: the image is 54 megapixels.");
    }

    @Test
    void aPhoneSizedPhotoIsDecodedStraightToAScreenfulKeepingItsShape() throws Exception {
        // 24 megapixels, as a phone takes them: drawn at DRAWN_PIXELS, 3:2 kept, the picture intact.
        try (PreviewDocument photo = open(TestDocuments.photo(6000, 4000), "image/jpeg")) {
            Image image = photo.render(0, DocumentPreview.DPI);
            assertThat(image.getWidth() * image.getHeight())
                    .isLessThanOrEqualTo(PreviewDocument.DRAWN_PIXELS)
                    .isGreaterThan(PreviewDocument.DRAWN_PIXELS * 0.99);
            assertThat(image.getWidth() / image.getHeight()).isCloseTo(1.5, within(0.002));
            assertThat(isDark(image.getPixelReader().getColor(50, 50))).isTrue(); // inside the black quarter
            assertThat(isDark(image.getPixelReader().getColor((int) image.getWidth() / 2, 50))).isFalse();
        }
        try (PreviewDocument scan = open(TestDocuments.hugePng(6000, 5000), "image/png")) {
            Image image = scan.render(0, DocumentPreview.DPI);
            assertThat(image.getWidth() * image.getHeight()).isLessThanOrEqualTo(PreviewDocument.DRAWN_PIXELS);
            assertThat(image.getWidth() / image.getHeight()).isCloseTo(1.2, within(0.002));
        }
    }

    @Test
    void anImageWithinTheDrawnSizeIsShownPixelForPixel() throws Exception {
        try (PreviewDocument photo = open(TestDocuments.photo(3000, 2000), "image/jpeg")) {
            Image image = photo.render(0, DocumentPreview.DPI);
            assertThat(image.getWidth()).isEqualTo(3000);
            assertThat(image.getHeight()).isEqualTo(2000);
        }
    }

    @Test
    void aPhoneJpegIsShownTheWayUpItWasTaken() throws Exception {
        // 80 x 40 as stored, black in its top-left 20 x 10: where that corner shows says how it was turned.
        byte[] stored = TestDocuments.jpeg(80, 40);
        try (PreviewDocument none = open(stored, "image/jpeg")) {
            Image image = none.render(0, DocumentPreview.DPI);
            assertThat(image.getWidth()).isEqualTo(80);
            assertThat(isDark(image.getPixelReader().getColor(5, 5))).isTrue();
        }
        try (PreviewDocument six = open(TestDocuments.withOrientation(stored, 6, false), "image/jpeg")) {
            Image image = six.render(0, DocumentPreview.DPI); // taken upright: turned a quarter clockwise
            assertThat(image.getWidth()).isEqualTo(40);
            assertThat(image.getHeight()).isEqualTo(80);
            assertThat(isDark(image.getPixelReader().getColor(35, 10))).as("top right").isTrue();
            assertThat(isDark(image.getPixelReader().getColor(5, 10))).isFalse();
        }
        try (PreviewDocument eight = open(TestDocuments.withOrientation(stored, 8, true), "image/jpeg")) {
            Image image = eight.render(0, DocumentPreview.DPI); // Intel byte order; a quarter anticlockwise
            assertThat(image.getWidth()).isEqualTo(40);
            assertThat(isDark(image.getPixelReader().getColor(5, 70))).as("bottom left").isTrue();
            assertThat(isDark(image.getPixelReader().getColor(35, 10))).isFalse();
        }
        try (PreviewDocument three = open(TestDocuments.withOrientation(stored, 3, true), "image/jpeg")) {
            Image image = three.render(0, DocumentPreview.DPI); // upside down
            assertThat(image.getWidth()).isEqualTo(80);
            assertThat(isDark(image.getPixelReader().getColor(75, 35))).as("bottom right").isTrue();
            assertThat(isDark(image.getPixelReader().getColor(5, 5))).isFalse();
        }
    }

    @Test
    void everyOrientationPutsTheStoredCornerWhereItBelongs() throws Exception {
        byte[] stored = TestDocuments.jpeg(80, 40); // black block centred on (10, 5) as stored
        int[][] centre = {{10, 5}, {69, 5}, {69, 34}, {10, 34}, {5, 10}, {34, 10}, {34, 69}, {5, 69}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            try (PreviewDocument photo = open(TestDocuments.withOrientation(stored, orientation, orientation % 2 == 0),
                    "image/jpeg")) {
                Image image = photo.render(0, DocumentPreview.DPI);
                boolean swapped = orientation >= 5;
                assertThat(image.getWidth()).as("orientation %d", orientation).isEqualTo(swapped ? 40 : 80);
                int[] c = centre[orientation - 1];
                assertThat(isDark(image.getPixelReader().getColor(c[0], c[1]))).as("orientation %d", orientation).isTrue();
                int darkPixels = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        darkPixels += isDark(image.getPixelReader().getColor(x, y)) ? 1 : 0;
                    }
                }
                assertThat(darkPixels).as("only the one corner, orientation %d", orientation).isBetween(150, 250);
            }
        }
    }

    @Test
    void anUnreadableOrientationLeavesThePhotoAsStored() {
        byte[] stored = TestDocuments.jpeg(80, 40);
        assertThat(ExifOrientation.of(stored)).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.of(TestDocuments.withOrientation(stored, 9, false))).isEqualTo(ExifOrientation.NORMAL);
        byte[] cut = Arrays.copyOf(TestDocuments.withOrientation(stored, 6, false), 20); // inside the EXIF segment
        assertThat(ExifOrientation.of(cut)).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.of(TestDocuments.png(4, 4))).isEqualTo(ExifOrientation.NORMAL);
    }

    private static boolean isDark(Color c) {
        return c.getBrightness() < 0.2;
    }

    @Test
    void aHugePageIsDrawnSmallerAndAnAbsurdOneIsRefused() throws Exception {
        try (PreviewDocument poster = open(TestDocuments.pdf(1, new PDRectangle(5000, 5000), null), "application/pdf")) {
            Image page = poster.render(0, DocumentPreview.DPI);
            // 5,000 points square at 144 dpi would be 100 megapixels: drawn at DRAWN_PIXELS instead.
            assertThat(page.getWidth() * page.getHeight()).isLessThanOrEqualTo(PreviewDocument.DRAWN_PIXELS);
            assertThat(page.getWidth()).isGreaterThan(2800);
            assertThat(page.getPixelReader().getColor(10, 10).getOpacity()).isEqualTo(1.0);
        }
        try (PreviewDocument absurd = open(TestDocuments.pdf(1, new PDRectangle(200_000, 200_000), null),
                "application/pdf")) {
            PreviewProblem p = catchThrowableOfType(PreviewProblem.class, () -> absurd.render(0, DocumentPreview.DPI));
            assertThat(p.kind()).isEqualTo(PreviewProblem.Kind.TOO_LARGE);
        }
    }

    @Test
    void aPasswordProtectedPdfSaysSo() {
        PreviewProblem p = problem(TestDocuments.pdf(1, PDRectangle.A4, "secret"), "application/pdf");
        assertThat(p.kind()).isEqualTo(PreviewProblem.Kind.PROTECTED);
        assertThat(p.getMessage()).isEqualTo("This PDF is password-protected, so Caseview can't show it.");
    }
}
