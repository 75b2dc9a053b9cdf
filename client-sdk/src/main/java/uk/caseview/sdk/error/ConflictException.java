package uk.caseview.sdk.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/**
 * 409 or 412: someone changed the record since this caseworker saw it. Carries the server's
 * current version so the UI can show both and let a person decide; nothing is overwritten.
 */
public final class ConflictException extends ApiException {

    private final String currentEtag;

    public ConflictException(Source source, int status, Problem problem, String correlationId, String currentEtag) {
        super(source, status, problem, correlationId, source + " reported a conflict (" + status + ")", null);
        this.currentEtag = currentEtag;
    }

    /** The server's current version of the resource, as JSON, when it sent one. */
    public Optional<JsonNode> currentVersion() {
        return problem().map(Problem::current).filter(n -> !n.isNull() && !n.isMissingNode());
    }

    /** The ETag of the server's current version, for a deliberate retry with If-Match. */
    public Optional<String> currentEtag() {
        return Optional.ofNullable(currentEtag);
    }

    @Override
    public String userMessage() {
        return "Someone else changed this record while you were working on it. Compare your change with the"
                + " current version before saving again.";
    }
}
