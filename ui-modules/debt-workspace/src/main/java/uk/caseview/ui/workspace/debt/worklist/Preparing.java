package uk.caseview.ui.workspace.debt.worklist;

import java.time.Duration;
import java.util.Optional;
import uk.caseview.sdk.error.ServiceUnavailableException;
import uk.caseview.sdk.model.Problem;

/**
 * The debt service's "the worklist is still being prepared" answer (503, problem type
 * {@value #TYPE}, with a Retry-After), told apart from an outage so the screen can say
 * "Preparing the worklist…" and ask again by itself instead of showing an error.
 */
final class Preparing {

    static final String TYPE = "https://caseview.example/problems/preparing";
    private static final Duration WHEN_UNSAID = Duration.ofSeconds(2);

    private Preparing() {}

    /** How long to wait before asking again, if {@code error} is that answer. */
    static Optional<Duration> retryAfter(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException s
                    && s.problem().map(Problem::type).filter(TYPE::equals).isPresent()) {
                return Optional.of(s.retryAfter().orElse(WHEN_UNSAID));
            }
        }
        return Optional.empty();
    }
}
