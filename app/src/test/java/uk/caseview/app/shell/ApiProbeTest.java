package uk.caseview.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.caseview.app.shell.ConnectionMonitor.Outcome;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.view.Source;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.stubs.idp.StaffAccount;

/** The probe against a real stub server: what each kind of failure is judged to be. */
class ApiProbeTest {

    private StubServer stub;
    private CaseviewSdk sdk;
    private ApiProbe probe;

    @BeforeEach
    void start() {
        stub = StubServer.start(StubConfig.defaults().withTraceIndexSize(0).withWorklistDebts(0));
        sdk = CaseviewSdk.builder().tokenProvider(TokenProvider.fixed(stub.accessToken(StaffAccount.TRAINEE))).baseUri(stub.baseUri())
                .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofMillis(1500)).build();
        probe = new ApiProbe(sdk.apis());
    }

    @AfterEach
    void stop() {
        sdk.close();
        stub.close();
    }

    @Test
    void everyApiAnswersTheCheckWithoutBeingAskedForAnyone() {
        for (Source s : Source.values()) {
            assertThat(probe.check(s)).as(s.name()).isEqualTo(Outcome.ANSWERED);
        }
        assertThat(ApiProbe.NOT_A_CUSTOMER).doesNotMatch("[A-Z]{2}\\d{6}[A-D]");
    }

    @Test
    void serverErrorsAreErrorsAndAResetIsUnreachable() {
        stub.faults().set(StubApi.EARNINGS, Fault.errors(1.0, 503));
        stub.faults().set(StubApi.DEBT, Fault.NONE.withReset(true));
        assertThat(probe.check(Source.EARNINGS)).isEqualTo(Outcome.ERRORS);
        assertThat(probe.check(Source.DEBT)).isEqualTo(Outcome.UNREACHABLE);
        assertThat(probe.check(Source.AWARD)).isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void a401IsASignInProblemNotConnected() {
        try (CaseviewSdk anonymous = CaseviewSdk.builder().baseUri(stub.baseUri()).build()) {
            ApiProbe refused = new ApiProbe(anonymous.apis());
            assertThat(refused.check(Source.CITIZEN)).isEqualTo(Outcome.SIGNED_OUT);
            var health = new java.util.EnumMap<Source, ConnectionMonitor.Health>(Source.class);
            health.put(Source.CITIZEN, ConnectionMonitor.judge(ConnectionMonitor.Health.ANSWERING, Outcome.SIGNED_OUT));
            health.put(Source.DEBT, ConnectionMonitor.Health.ANSWERING);
            ConnectionMonitor.Snapshot snapshot = new ConnectionMonitor.Snapshot(health);
            assertThat(snapshot.state()).isEqualTo(ConnectionState.SIGN_IN_REQUIRED);
            assertThat(snapshot.text()).startsWith("Not signed in");
        }
    }

    @Test
    void aStoppedServerIsUnreachable() {
        stub.close();
        assertThat(probe.check(Source.CITIZEN)).isEqualTo(Outcome.UNREACHABLE);
    }
}
