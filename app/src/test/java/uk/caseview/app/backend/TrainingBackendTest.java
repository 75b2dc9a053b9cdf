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

    /** A lesson's fixed date: the server's data and the client's "today" agree, so ages read the same every lesson. */
    @Test
    void aTrainingDateIsTheServersTodayAndTheClients() throws Exception {
        java.time.LocalDate lesson = java.time.LocalDate.of(2026, 1, 15);
        try (Backend training = Backend.start(AppConfig.training(lesson))) {
            assertThat(training.stub().orElseThrow().config().effectiveToday()).isEqualTo(lesson);
            assertThat(java.time.LocalDate.now(training.clock())).isEqualTo(lesson);
            assertThat(training.trainingDate()).contains(lesson);
            training.signIn().orElseThrow().asTrainingAccount("trainee");
            // Eleri Llewellyn, born 9 Aug 1953, is 72 on the lesson's date whatever today is.
            var eleri = training.sdk().apis().citizen().getCitizen("ZX000005A");
            assertThat(eleri.ageOn(java.time.LocalDate.now(training.clock()))).isEqualTo(72);
            // Stamped on the lesson's date too: the note the server records for a write.
            assertThat(training.sdk().clock().instant().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                    .isEqualTo(lesson);
        }
    }
}
