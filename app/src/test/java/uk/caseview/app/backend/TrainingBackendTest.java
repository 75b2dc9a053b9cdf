package uk.caseview.app.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.caseview.app.config.AppConfig;

/** A training session's throw-away store goes with it: runs do not pile up in the temp folder. */
class TrainingBackendTest {

    @Test
    void closingATrainingBackendDeletesItsThrowAwayStore() {
        Path data;
        try (Backend training = Backend.start(AppConfig.training())) {
            data = training.sdk().dataDirectory();
            assertThat(data).isDirectory();
            assertThat(training.outbox()).isPresent();
        }
        assertThat(Files.exists(data)).isFalse();
    }
}
