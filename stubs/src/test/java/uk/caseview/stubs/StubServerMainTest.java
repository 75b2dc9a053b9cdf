package uk.caseview.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone server's store-key secret comes from a file, never from the command line itself. */
class StubServerMainTest {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void theSecretIsTheFilesBytes() throws Exception {
        Path file = Files.write(dir.resolve("secret"), "a classroom's own secret\n".getBytes(StandardCharsets.UTF_8));

        StubConfig config = StubServerMain.parse(new String[] {"--store-key-secret-file", file.toString()}, NOWHERE);

        assertThat(config.storeKeySecret()).isEqualTo(Files.readAllBytes(file));
        assertThat(StubServerMain.parse(new String[0], NOWHERE).storeKeySecret())
                .isEqualTo(StubConfig.DEFAULT_STORE_KEY_SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingOrShortFileIsRefusedWithoutQuotingIt() throws Exception {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> StubServerMain.parse(new String[] {"--store-key-secret-file=" + missing}, NOWHERE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read");
        Path shortOne = Files.write(dir.resolve("short"), "tiny-secret".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> StubServerMain.parse(new String[] {"--store-key-secret-file", shortOne.toString()},
                NOWHERE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--store-key-secret-file must name a file of at least 16 bytes");
    }
}
