package uk.caseview.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's role matrix is the RoleMatrix, written out: when one changes, this says so. */
class RoleMatrixReadmeTest {

    private static final String START = "<!-- role-matrix:start -->";
    private static final String END = "<!-- role-matrix:end -->";

    @Test
    void theReadmeTableIsTheMatrix() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int from = readme.indexOf(START);
        int to = readme.indexOf(END);
        assertThat(from).as("README has the role matrix markers").isNotNegative();
        String shown = readme.substring(from + START.length(), to).strip();
        assertThat(shown).isEqualTo(table());
    }

    /** The table as the README must show it; print it to update the README. */
    static String table() {
        String header = "| may… | " + Stream.of(Role.values()).map(Role::label).collect(Collectors.joining(" | "))
                + " |";
        String rule = "|---|" + Stream.of(Role.values()).map(r -> ":-:").collect(Collectors.joining("|")) + "|";
        List<String> rows = Stream.of(Permission.values())
                .map(p -> "| " + p.description() + " | " + Stream.of(Role.values())
                        .map(r -> RoleMatrix.rolesFor(p).contains(r) ? "yes" : "—")
                        .collect(Collectors.joining(" | ")) + " |")
                .toList();
        return header + "\n" + rule + "\n" + String.join("\n", rows);
    }
}
