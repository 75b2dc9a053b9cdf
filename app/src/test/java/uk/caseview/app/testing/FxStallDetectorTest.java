package uk.caseview.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The detector must catch what it exists to catch, or a green end-to-end test proves nothing. */
class FxStallDetectorTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void catchesTheFxThreadWaitingOnSomethingSlow() throws Exception {
        try (FxStallDetector detector = new FxStallDetector(50)) {
            WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> detector.pings() > 3);
            Platform.runLater(() -> {
                try {
                    Thread.sleep(150); // what a blocking call on the FX thread looks like
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !detector.blockingStalls().isEmpty());
            assertThat(detector.blockingStalls().get(0).waitedMillis()).isGreaterThanOrEqualTo(100);
            assertThat(detector.blockingStalls().get(0).sample()).contains("Thread.sleep");
        }
    }

    @Test
    void catchesTheFxThreadReadingFromASocketThatDoesNotAnswer() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                FxStallDetector detector = new FxStallDetector(50)) {
            WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> detector.pings() > 3);
            Platform.runLater(() -> {
                try (java.net.Socket socket = new java.net.Socket(server.getInetAddress(), server.getLocalPort())) {
                    socket.setSoTimeout(200); // a hung API, as a call on the FX thread would meet it
                    socket.getInputStream().read();
                } catch (java.io.IOException expected) {
                    // timed out: the point was to wait
                }
            });
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !detector.blockingStalls().isEmpty());
            assertThat(detector.blockingStalls().get(0).sample()).containsAnyOf("sun.nio.ch", "java.net");
        }
    }

    @Test
    void anIdleFxThreadIsNotAStall() throws Exception {
        try (FxStallDetector detector = new FxStallDetector(50)) {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> detector.pings() > 30);
            assertThat(detector.blockingStalls()).isEmpty();
        }
    }
}
