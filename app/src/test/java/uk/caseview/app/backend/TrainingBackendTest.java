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

    /**
     * A desk joins a classroom's shared training server as a named trainee: it signs in at that
     * server's provider and its writes land in that trainee's overlay, which other desks don't see
     * and a trainer can reset on its own.
     */
    @Test
    void aDeskJoinsAClassroomServerAsANamedTrainee() throws Exception {
        try (uk.caseview.stubs.StubServer classroom = uk.caseview.stubs.StubServer.start(
                uk.caseview.stubs.StubConfig.defaults().withTraceIndexSize(0));
                Backend alice = Backend.start(AppConfig.classroom(classroom.baseUri(), "alice"))) {
            assertThat(alice.stub()).as("no embedded server").isEmpty();
            assertThat(alice.inClassroom()).isTrue();
            assertThat(alice.trainingSession()).isEqualTo("alice");
            alice.signIn().orElseThrow().asTrainingAccount("trainee");
            String text = "Alice's practice note " + System.nanoTime();
            alice.outbox().orElseThrow().submit(uk.caseview.sdk.outbox.WriteRequest.contactNote(
                    uk.caseview.sdk.Nino.parse("ZX000003A"), new uk.caseview.sdk.model.citizen.NewContactNote(text,
                            uk.caseview.sdk.model.citizen.ContactChannel.PHONE)));
            assertThat(alice.outbox().orElseThrow().awaitDrained(java.time.Duration.ofSeconds(20))).isTrue();

            assertThat(notes(classroom, "alice")).contains(text);
            assertThat(notes(classroom, "bob")).doesNotContain(text);
            assertThat(notes(classroom, null)).doesNotContain(text);
        }
    }

    private static java.util.List<String> notes(uk.caseview.stubs.StubServer server, String session) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/citizen/v1/citizens/ZX000003A/notes"))
                .header("Authorization", "Bearer " + server.accessToken(uk.caseview.stubs.idp.StaffAccount.TRAINEE));
        if (session != null) {
            request.header("X-Training-Session", session);
        }
        String body = java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return uk.caseview.sdk.json.Json.mapper().readValue(body, uk.caseview.sdk.model.citizen.ContactNoteList.class)
                .notes().stream().map(uk.caseview.sdk.model.citizen.ContactNote::text).toList();
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
