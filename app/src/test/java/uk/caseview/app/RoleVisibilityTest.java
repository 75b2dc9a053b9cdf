package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.auth.Permission;
import uk.caseview.sdk.auth.Role;
import uk.caseview.sdk.auth.RoleMatrix;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * The client side of the role matrix: signed in with each single role, the customer screen shows
 * exactly the actions the matrix grants that role and hides the rest. (The server side, a 403 for
 * every operation a role may not call, is the stub's {@code RoleEnforcementTest}; the plan
 * builder's own check is in {@code DebtWorkspaceStubFlowTest}.)
 */
class RoleVisibilityTest {

    /** Each action the app offers on a customer's screen, by the node that offers it. */
    private static final Map<String, Permission> ACTIONS = Map.of(
            "#action-note", Permission.RECORD_CONTACT_NOTE,
            "#action-contact", Permission.UPDATE_CONTACT_DETAILS,
            "#action-notify", Permission.SEND_NOTIFICATION,
            "#evidence-request", Permission.REQUEST_EVIDENCE,
            "#evidence-upload", Permission.REQUEST_EVIDENCE,
            "#workspace-debt", Permission.WORK_DEBT_CASELOAD,
            "#action-audit", Permission.READ_AUDIT_TRAIL,
            "#evidence-decision-bar", Permission.VERIFY_EVIDENCE);

    private final FxRobot robot = new FxRobot();

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSeesExactlyTheActionsTheMatrixGrantsIt(Role role) throws Exception {
        try (AppHarness harness = AppHarness.start(StaffAccount.withOnly(role).username())) {
            harness.open(robot, "ZX000001A");
            waitUntil(Duration.ofSeconds(10), () -> robot.lookup("#panel-evidence").tryQuery().isPresent());
            for (Map.Entry<String, Permission> action : ACTIONS.entrySet()) {
                boolean granted = RoleMatrix.allows(Set.of(role), action.getValue());
                assertThat(robot.lookup(action.getKey()).tryQuery().isPresent())
                        .as("%s %s %s", role, granted ? "sees" : "does not see", action.getKey())
                        .isEqualTo(granted);
            }
        }
    }
}
