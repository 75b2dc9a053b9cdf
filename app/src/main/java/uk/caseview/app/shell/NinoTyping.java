package uk.caseview.app.shell;

import java.util.Optional;
import uk.caseview.sdk.Nino;

/**
 * NINO validation while the agent is still typing. A half-typed number is not wrong, so the
 * partial input is completed with a known-good tail and checked with HMRC's rules
 * ({@link Nino#problemWith}): "QQ1" is already wrong (Q is never a prefix letter), "ZX12" is
 * merely unfinished. On Enter the whole number must be right.
 */
public final class NinoTyping {

    /** A valid NINO shape whose tail completes any valid prefix of one. */
    private static final String TEMPLATE = "AA000000A";

    private NinoTyping() {}

    /** A problem already certain from what is typed; empty while it could still become valid. */
    public static Optional<String> problemSoFar(String typed) {
        String n = Nino.normalise(typed);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.length() >= TEMPLATE.length()) {
            return Nino.problemWith(n);
        }
        return Nino.problemWith(n + TEMPLATE.substring(n.length()));
    }

    /** What Enter says: the full rules, including "too short". */
    public static Optional<String> problemOnSubmit(String typed) {
        return Nino.problemWith(typed);
    }
}
