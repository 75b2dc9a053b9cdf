package uk.caseview.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMatrixTest {

    @Test
    void everyOperationInTheContractIsCoveredByAPermission() throws Exception {
        List<String> unclassified = new ArrayList<>();
        for (String operationId : contractOperations()) {
            if (RoleMatrix.permissionFor(operationId).isEmpty()) {
                unclassified.add(operationId);
            }
        }
        assertThat(unclassified).as("operations no permission names (no one could call them)").isEmpty();
    }

    @Test
    void onlyADebtOfficerAgreesARepaymentPlan() {
        assertThat(RoleMatrix.rolesFor(Permission.AGREE_REPAYMENT_PLAN)).containsExactly(Role.DEBT_OFFICER);
        assertThat(RoleMatrix.allowsOperation(Set.of(Role.FRONTLINE_AGENT, Role.TEAM_LEADER), "agreeRepaymentPlan"))
                .isFalse();
    }

    @Test
    void onlyATeamLeaderReadsTheAuditTrailAndOnlyATrainerRunsTheClassroom() {
        assertThat(RoleMatrix.rolesFor(Permission.READ_AUDIT_TRAIL)).containsExactly(Role.TEAM_LEADER);
        assertThat(RoleMatrix.rolesFor(Permission.RUN_CLASSROOM)).containsExactly(Role.TRAINER);
    }

    @Test
    void everyRoleMayOpenACustomerAndRecordThatItDidSo() {
        assertThat(RoleMatrix.rolesFor(Permission.VIEW_CUSTOMER)).containsExactlyInAnyOrder(Role.values());
        assertThat(RoleMatrix.rolesFor(Permission.RECORD_AUDIT_EVENT)).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void anOperationNoPermissionNamesIsAllowedToNoOne() {
        assertThat(RoleMatrix.allowsOperation(EnumSet.allOf(Role.class), "deleteEveryone")).isFalse();
        assertThat(RoleMatrix.allowsOperation(Set.of(), "getCitizen")).isFalse();
    }

    @Test
    void anUnknownRoleClaimIsIgnoredNotTrusted() {
        assertThat(Role.fromClaim("ADMIN")).isEmpty();
        assertThat(Role.fromClaim("team_leader")).isEmpty();
        assertThat(Role.fromClaim("TEAM_LEADER")).contains(Role.TEAM_LEADER);
    }

    private static List<String> contractOperations() throws Exception {
        try (InputStream in = RoleMatrixTest.class.getResourceAsStream("/uk/caseview/sdk/contract/caseview-api.yaml")) {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).get("paths");
            List<String> operations = new ArrayList<>();
            paths.forEach(path -> path.forEach(operation -> {
                if (operation.has("operationId")) {
                    operations.add(operation.get("operationId").asText());
                }
            }));
            assertThat(operations).isNotEmpty();
            return operations;
        }
    }
}
