package uk.caseview.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * The stub server's fault injection, one API at a time: the faulty source states a reason a
 * caseworker can read, and the other four still arrive, fresh.
 */
class StubFaultsTest {

    /** Alys Pritchard, the persona with something in every source. */
    private static final Nino EVERYTHING = Nino.parse("ZX000001A");
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final long MAX_BODY = 256 * 1024;

    private static StubServer stub;

    @BeforeAll
    static void startStub() throws Exception {
        stub = StubServer.start(StubConfig.defaults());
        // Warm up (class loading, the stub building the persona) so the first case isn't judged on a cold start.
        try (CaseviewSdk sdk = CaseviewSdk.builder().tokenProvider(TokenProvider.fixed(stub.accessToken(StaffAccount.TRAINEE))).baseUri(stub.baseUri()).readTimeout(Duration.ofSeconds(30)).build()) {
            sdk.customerViews().load(EVERYTHING, (v, s) -> {}).get(60, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @AfterEach
    void clearFaults() {
        stub.faults().clearAll();
    }

    /** A fault, and the start of what the caseworker should read for the faulty source. */
    record Case(String name, Fault fault, String reasonTemplate) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> oneFaultyApiAtATime() {
        List<Case> cases = List.of(
                new Case("hang", Fault.NONE.withHang(true), "%s did not answer within 1 second."),
                new Case("reset", Fault.NONE.withReset(true),
                        "Caseview couldn't reach the %s. Check the network connection, then retry."),
                new Case("503 with Retry-After", Fault.errors(1.0, 503).withRetryAfter(30),
                        "The %s is unavailable right now; try again in 30 seconds."),
                new Case("invalid JSON", Fault.NONE.withMalformed(Fault.Malformed.INVALID_JSON),
                        "The %s sent an answer Caseview couldn't read. Please report this."),
                new Case("truncated JSON", Fault.NONE.withMalformed(Fault.Malformed.TRUNCATED_JSON),
                        "The %s sent an answer Caseview couldn't read. Please report this."),
                new Case("oversized body", Fault.NONE.withOversizedBytes(2 * MAX_BODY),
                        "The %s sent more data than Caseview can accept. Please report this."));
        List<Arguments> all = new ArrayList<>();
        for (StubApi api : StubApi.values()) {
            for (Case c : cases) {
                all.add(Arguments.of(api, c));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("oneFaultyApiAtATime")
    void theFaultySourceSaysWhyAndTheOtherFourArrive(StubApi api, Case c) throws Exception {
        Source faulty = Source.valueOf(api.name());
        stub.faults().set(api, c.fault());

        CustomerView view;
        try (CaseviewSdk sdk = CaseviewSdk.builder()
                .tokenProvider(TokenProvider.fixed(stub.accessToken(StaffAccount.TRAINEE)))
                .baseUri(stub.baseUri())
                // A short read timeout for the faulty API only, so a hang ends quickly; the healthy four
                // get room for a busy machine.
                .readTimeout(Duration.ofSeconds(10))
                .timeouts(faulty, Duration.ofSeconds(2), READ_TIMEOUT)
                .maxResponseBytes(MAX_BODY)
                .build()) {
            view = sdk.customerViews().load(EVERYTHING, (v, s) -> {}).get(60, TimeUnit.SECONDS);
        }

        String service = faulty.serviceName();
        String expected = String.format(c.reasonTemplate(), service);
        assertThat(view.state(faulty)).isInstanceOfSatisfying(SourceState.Unavailable.class,
                u -> assertThat(u.reason()).isEqualTo(expected));
        for (Source other : Source.values()) {
            if (other != faulty) {
                assertThat(view.state(other)).as(other + " while " + faulty + " is faulty")
                        .isInstanceOfSatisfying(SourceState.Loaded.class, l ->
                                assertThat(l.freshness()).isEqualTo(SourceState.Freshness.FRESH));
            }
        }
    }
}
