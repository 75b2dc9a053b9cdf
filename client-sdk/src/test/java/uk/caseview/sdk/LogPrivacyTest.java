package uk.caseview.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.model.citizen.StoreKey;
import uk.caseview.sdk.testing.FakeApiServer;
import uk.caseview.sdk.testing.SampleRecords;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;

/** Runs the SDK's paths with DEBUG logging on and searches everything logged for personal data. */
class LogPrivacyTest {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level previous;

    @BeforeEach
    void capture() {
        previous = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }

    @Test
    void theStoreKeyIsNeverLoggedNorInAnyMessage() throws Exception {
        String key = Base64.getEncoder().encodeToString(
                "a person's store key, 32 bytes!!".getBytes(StandardCharsets.US_ASCII));
        String path = "/citizen/v1/staff/me/store-key";
        List<String> alsoShown = new ArrayList<>();
        try (FakeApiServer server = new FakeApiServer();
                CaseviewSdk sdk = CaseviewSdk.builder()
                        .baseUri(server.baseUri())
                        .readTimeout(Duration.ofMillis(1000))
                        .tokenProvider(TokenProvider.fixed(SampleRecords.TOKEN))
                        .build()) {
            server.json(path, "{\"key\":\"" + key + "\",\"version\":1}");
            StoreKey released = sdk.apis().citizen().storeKey();
            assertThat(released.keyBytes()).hasSize(32);
            alsoShown.add(released.toString());

            // A broken answer that still carries the key: the failure must not quote it.
            server.json(path, "{\"key\":\"" + key + "\",\"version\":");
            try {
                sdk.apis().citizen().storeKey();
            } catch (ApiException e) {
                alsoShown.add(e.toString());
                alsoShown.add(e.userMessage());
            }
            // A key of the wrong length: refused, without saying what it was.
            String short16 = key.substring(0, 22) + "==";
            try {
                new StoreKey(short16, 1).keyBytes();
            } catch (IllegalArgumentException e) {
                alsoShown.add(e.toString());
            }
        }

        List<String> logged = appender.list.stream()
                .map(e -> e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("CITIZEN GET " + path));
        assertThat(alsoShown).hasSize(4);
        for (String secret : List.of(key, key.substring(0, 22), SampleRecords.TOKEN)) {
            assertThat(logged).as("log lines").noneMatch(line -> line.contains(secret));
            assertThat(alsoShown).as("messages and toString").noneMatch(line -> line.contains(secret));
        }
    }

    @Test
    void nothingPersonalIsLoggedOnSuccessOrFailure() throws Exception {
        List<String> alsoShown = new ArrayList<>();
        try (FakeApiServer server = SampleRecords.serveAll(new FakeApiServer());
                CaseviewSdk sdk = CaseviewSdk.builder()
                        .baseUri(server.baseUri())
                        .readTimeout(Duration.ofMillis(1000))
                        .tokenProvider(TokenProvider.fixed(SampleRecords.TOKEN))
                        .build()) {
            CustomerView view = sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(20, TimeUnit.SECONDS);
            assertThat(view.isComplete()).isTrue();

            // Now every kind of failure, one source at a time.
            String conflictBody = "{\"title\":\"Conflict\",\"status\":409,\"current\":"
                    + SampleRecords.json(SampleRecords.citizen()) + "}";
            server.status(SampleRecords.path(Source.CITIZEN), 409, conflictBody, Map.of());
            server.json(SampleRecords.path(Source.EARNINGS), "{\"nino\":\"" + SampleRecords.NINO.value() + "\",[");
            server.hang(SampleRecords.path(Source.AWARD));
            server.reset(SampleRecords.path(Source.DEBT));
            server.status(SampleRecords.path(Source.EVIDENCE), 400,
                    "{\"title\":\"Bad\",\"status\":400,\"detail\":\"" + SampleRecords.SURNAME + "\"}", Map.of());
            server.json("/citizen/v1/citizens", "{\"matches\":[]}");
            sdk.clearCache();

            CustomerView failed = sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(20, TimeUnit.SECONDS);
            // Loaded states print their records; an Unavailable reason is on-screen text and may quote the server.
            view.states().values().forEach(s -> alsoShown.add(s.toString()));
            sdk.apis().citizen().trace(Map.of("surname", SampleRecords.SURNAME,
                    "dateOfBirth", SampleRecords.DATE_OF_BIRTH.toString(), "postcode", SampleRecords.POSTCODE));
            try {
                sdk.apis().citizen().getCitizen(SampleRecords.NINO.value());
            } catch (ApiException e) {
                alsoShown.add(e.toString());
            }
        }

        List<String> logged = appender.list.stream()
                .map(e -> e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
        assertThat(logged).isNotEmpty();
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("CITIZEN GET /citizen/v1/citizens/{nino}"));
        for (String personal : SampleRecords.personalStrings()) {
            assertThat(logged).as("log lines").noneMatch(line -> line.contains(personal));
            assertThat(alsoShown).as("exception messages and loaded states").noneMatch(line -> line.contains(personal));
        }
    }
}
