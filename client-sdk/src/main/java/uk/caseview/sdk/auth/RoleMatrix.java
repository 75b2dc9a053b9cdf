package uk.caseview.sdk.auth;

import static uk.caseview.sdk.auth.Permission.*;
import static uk.caseview.sdk.auth.Role.*;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which role grants which permission: the one table both the stub server (403) and the client
 * (hidden actions) enforce, and the README's role matrix is written from. Fails closed: an
 * operation no permission names is allowed to no one, and {@code RoleMatrixTest} checks every
 * operation in the contract is named.
 */
public final class RoleMatrix {

    private static final Map<Permission, Set<Role>> GRANTS = new EnumMap<>(Permission.class);
    private static final Map<String, Permission> BY_OPERATION = new HashMap<>();

    static {
        grant(VIEW_CUSTOMER, FRONTLINE_AGENT, DEBT_OFFICER, TEAM_LEADER, TRAINER);
        grant(UPDATE_CONTACT_DETAILS, FRONTLINE_AGENT, TEAM_LEADER);
        grant(RECORD_CONTACT_NOTE, FRONTLINE_AGENT, DEBT_OFFICER, TEAM_LEADER);
        grant(SEND_NOTIFICATION, FRONTLINE_AGENT, DEBT_OFFICER, TEAM_LEADER);
        grant(REQUEST_EVIDENCE, FRONTLINE_AGENT, DEBT_OFFICER, TEAM_LEADER);
        grant(VERIFY_EVIDENCE, FRONTLINE_AGENT, TEAM_LEADER);
        grant(AGREE_REPAYMENT_PLAN, DEBT_OFFICER);
        grant(WORK_DEBT_CASELOAD, DEBT_OFFICER, TEAM_LEADER);
        grant(RECORD_AUDIT_EVENT, FRONTLINE_AGENT, DEBT_OFFICER, TEAM_LEADER, TRAINER);
        grant(KEEP_WORK_ON_THIS_COMPUTER, FRONTLINE_AGENT, DEBT_OFFICER, TEAM_LEADER, TRAINER);
        grant(READ_AUDIT_TRAIL, TEAM_LEADER);
        grant(READ_TRAINING_CATALOGUE, FRONTLINE_AGENT, DEBT_OFFICER, TEAM_LEADER, TRAINER);
        grant(RUN_CLASSROOM, TRAINER);
        for (Permission permission : Permission.values()) {
            if (!GRANTS.containsKey(permission)) {
                throw new IllegalStateException("No role is granted " + permission);
            }
            for (String operation : permission.operations()) {
                Permission previous = BY_OPERATION.put(operation, permission);
                if (previous != null) {
                    throw new IllegalStateException(operation + " is named by " + previous + " and " + permission);
                }
            }
        }
    }

    private RoleMatrix() {
    }

    private static void grant(Permission permission, Role... roles) {
        GRANTS.put(permission, Set.copyOf(EnumSet.of(roles[0], roles)));
    }

    /** Whether any of these roles grants the permission. */
    public static boolean allows(Collection<Role> roles, Permission permission) {
        Set<Role> granted = GRANTS.get(permission);
        return roles.stream().anyMatch(granted::contains);
    }

    /** Whether any of these roles may call the contract operation; false for an operation no permission names. */
    public static boolean allowsOperation(Collection<Role> roles, String operationId) {
        return permissionFor(operationId).map(p -> allows(roles, p)).orElse(false);
    }

    /** The permission that covers a contract operation, if any does. */
    public static Optional<Permission> permissionFor(String operationId) {
        return Optional.ofNullable(BY_OPERATION.get(operationId));
    }

    /** The roles granted a permission. */
    public static Set<Role> rolesFor(Permission permission) {
        return GRANTS.get(permission);
    }
}
