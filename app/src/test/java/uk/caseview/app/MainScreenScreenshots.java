package uk.caseview.app;

import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.Nino;
import uk.caseview.ui.theme.Palette;

/**
 * Renders the real main screen for two training personas (and one in high contrast) to PNG.
 * Not part of the normal test run (the name does not end in Test): {@code app/screenshots.sh}
 * runs it and says where the files go.
 */
class MainScreenScreenshots {

    @Test
    void renderMainScreens() throws Exception {
        Path out = Path.of(System.getProperty("caseview.screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        try (AppHarness harness = AppHarness.start()) {
            Scene scene = WaitForAsyncUtils.asyncFx(() -> harness.window.root().getScene()).get();
            WaitForAsyncUtils.asyncFx(() -> scene.getWindow().setWidth(1440)).get();
            WaitForAsyncUtils.asyncFx(() -> scene.getWindow().setHeight(900)).get();
            shoot(scene, out.resolve("start-page.png"));
            for (String nino : new String[] {"ZX000001A", "ZX000006A"}) {
                WaitForAsyncUtils.asyncFx(() -> harness.window.openCustomer(Nino.parse(nino))).get();
                waitUntil(Duration.ofSeconds(30), () -> harness.window.customer(Nino.parse(nino))
                        .map(t -> t.viewProperty().get().isComplete()).orElse(false));
                shoot(scene, out.resolve("customer-" + nino + ".png"));
            }
            WaitForAsyncUtils.asyncFx(() -> harness.app.theme().paletteProperty().set(Palette.HIGH_CONTRAST)).get();
            shoot(scene, out.resolve("customer-ZX000006A-high-contrast.png"));
            WaitForAsyncUtils.asyncFx(() -> harness.app.theme().paletteProperty().set(Palette.STANDARD)).get();
            WaitForAsyncUtils.asyncFx(() -> harness.app.theme().setFontScale(1.3)).get();
            shoot(scene, out.resolve("customer-ZX000006A-text-130.png"));
        }
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        // Two pulses: CSS and layout settle, then the frame is complete.
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
        System.out.println("wrote " + file.toAbsolutePath());
    }
}
