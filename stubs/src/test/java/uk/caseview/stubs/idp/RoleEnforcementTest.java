package uk.caseview.stubs.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.caseview.sdk.auth.Role;
import uk.caseview.sdk.auth.RoleMatrix;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.contract.OpenApiContract;
import uk.caseview.stubs.contract.Operation;

/**
 * The server side of the role matrix, for every operation in the contract and every role: the
 * stub refuses with 403 exactly what the matrix does not grant, and lets the rest through to the
 * endpoint (which may then answer anything but 401 or 403, e.g. 400 for the empty body sent here).
 */
class RoleEnforcementTest {

    private static StubServer server;

    @BeforeAll
    static void start() {
        server = StubServer.start(StubConfig.defaults().withTraceIndexSize(0).withWorklistDebts(100));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> everyOperationForEveryRole() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation op : OpenApiContract.load().operations()) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(op.operationId(), op.method(), op.pathTemplate(), role));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{3} {0}")
    @MethodSource("everyOperationForEveryRole")
    void theServerRefusesExactlyWhatTheRoleMatrixDoesNotGrant(String operationId, String method, String template,
            Role role) {
        StubHttp http = new StubHttp(server.baseUri()).withToken(server.accessToken(StaffAccount.withOnly(role)));
        String path = template.replace("{nino}", "ZX000001A").replace("{debtId}", "D-0000000001")
                .replace("{evidenceId}", "EV-0000000001");
        HttpResponse<byte[]> answer = http.send(method.toUpperCase(java.util.Locale.ROOT), path, "application/json",
                new byte[0]);

        if (RoleMatrix.allowsOperation(List.of(role), operationId)) {
            assertThat(answer.statusCode()).as("%s may %s", role, operationId).isNotIn(401, 403);
        } else {
            assertThat(answer.statusCode()).as("%s may not %s", role, operationId).isEqualTo(403);
            assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Not allowed for your role");
        }
    }
}
