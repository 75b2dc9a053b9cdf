package uk.caseview.stubs.idp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.caseview.sdk.auth.Role;

/**
 * The stub identity provider's synthetic staff: one per role, and the trainee the training desk
 * signs in as with one click. Every password is {@value #PASSWORD}: these accounts exist only on
 * a stub server, which holds synthetic citizens and nothing else.
 *
 * @param username what is typed at the sign-in form
 * @param name     what the screen calls them
 * @param roles    the roles their tokens carry
 */
public record StaffAccount(String username, String name, Set<Role> roles) {

    public static final String PASSWORD = "training";

    public static final StaffAccount TRAINEE = new StaffAccount("trainee", "Trainee",
            Set.of(Role.FRONTLINE_AGENT, Role.DEBT_OFFICER));

    /**
     * The trainee learns both desks, so its token carries both roles; the single-role accounts are
     * for lessons on what each role can and cannot do.
     */
    public static final List<StaffAccount> ALL = List.of(
            TRAINEE,
            new StaffAccount("frontline", "Sam Frontline (synthetic)", Set.of(Role.FRONTLINE_AGENT)),
            new StaffAccount("debt", "Dee Debt (synthetic)", Set.of(Role.DEBT_OFFICER)),
            new StaffAccount("leader", "Lee Leader (synthetic)", Set.of(Role.TEAM_LEADER)),
            new StaffAccount("trainer", "Tam Trainer (synthetic)", Set.of(Role.TRAINER)));

    public StaffAccount {
        roles = Set.copyOf(roles);
    }

    public static Optional<StaffAccount> byUsername(String username) {
        return ALL.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** A stub account holding exactly this role, for tests of what each role may do. */
    public static StaffAccount withOnly(Role role) {
        return ALL.stream().filter(a -> a.roles().equals(Set.of(role))).findFirst().orElseThrow();
    }
}
