package uk.caseview.sdk.http;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.time.Clock;
import java.time.Duration;
import uk.caseview.sdk.error.AccessDeniedException;
import uk.caseview.sdk.error.ConflictException;
import uk.caseview.sdk.error.InvalidRequestException;
import uk.caseview.sdk.error.NotFoundException;
import uk.caseview.sdk.error.RateLimitedException;
import uk.caseview.sdk.error.ServerErrorException;
import uk.caseview.sdk.error.ServiceUnavailableException;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/** Maps an error status and its problem+json body onto the SDK's typed exceptions. */
final class ProblemErrorDecoder implements ErrorDecoder {

    /** Problem bodies are small; anything bigger is not one. */
    private static final long MAX_PROBLEM_BYTES = 256 * 1024;

    private final Source source;
    private final Clock clock;

    ProblemErrorDecoder(Source source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        String cid = RequestFacts.correlationId(response.request());
        Duration retryAfter = RetryAfter.parse(RequestFacts.header(response, "Retry-After"), clock).orElse(null);
        String etag = RequestFacts.header(response, "ETag");
        Problem problem = readProblem(response);
        return switch (status) {
            case 400, 413, 415, 422 -> new InvalidRequestException(source, status, problem, cid);
            case 401, 403 -> new AccessDeniedException(source, status, problem, cid);
            case 404, 410 -> new NotFoundException(source, problem, cid);
            case 409, 412 -> new ConflictException(source, status, problem, cid, etag);
            case 429 -> new RateLimitedException(source, problem, cid, retryAfter);
            case 502, 503, 504 -> new ServiceUnavailableException(source, status, problem, cid, retryAfter);
            default -> new ServerErrorException(source, status, problem, cid);
        };
    }

    /** The problem body, or null when there is none or it cannot be read: the status still tells enough. */
    private Problem readProblem(Response response) {
        try {
            byte[] bytes = BoundedBody.read(response, source, MAX_PROBLEM_BYTES);
            if (bytes.length == 0) {
                return null;
            }
            return Json.mapper().readValue(bytes, Problem.class);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
