package uk.caseview.sdk.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

class ApiExceptionTest {

    @Test
    void everyMessageNamesTheServiceInPlainWords() {
        List<ApiException> all = List.of(
                new NotFoundException(Source.DEBT, null, "c"),
                new InvalidRequestException(Source.DEBT, 400, null, "c"),
                new ConflictException(Source.DEBT, 409, null, "c", null),
                new ServiceUnavailableException(Source.DEBT, 503, null, "c", Duration.ofMinutes(2)),
                new RateLimitedException(Source.DEBT, null, "c", null),
                new ApiTimeoutException(Source.DEBT, "c", Duration.ofSeconds(5)),
                new ApiUnreachableException(Source.DEBT, "c", new java.net.ConnectException("x")),
                MalformedResponseException.unreadable(Source.DEBT, 200, "c", "x", null),
                new CircuitOpenException(Source.DEBT, "c", CircuitOpenException.Reason.CIRCUIT_OPEN),
                new AccessDeniedException(Source.DEBT, 401, null, "c"),
                new ServerErrorException(Source.DEBT, 500, null, "c"),
                new DocumentTooLargeException(Source.DEBT, 200, "c", 20L * 1024 * 1024));

        assertThat(all).allSatisfy(e -> {
            assertThat(e.userMessage()).doesNotContain("Exception", "null", "DEBT");
            assertThat(e.userMessage()).endsWith(".");
        });
        assertThat(all).filteredOn(e -> !(e instanceof ConflictException)).allSatisfy(e ->
                assertThat(e.userMessage()).containsIgnoringCase("debt service"));
    }

    @Test
    void aTooLargeDocumentSaysTheLimitInMegabytes() {
        assertThat(new DocumentTooLargeException(Source.EVIDENCE, 200, "c", 20L * 1024 * 1024).userMessage())
                .isEqualTo("This document from the Evidence service is larger than Caseview can show (over 20 MB).");
    }

    @Test
    void timesAreSaidTheWayPeopleSayThem() {
        assertThat(new ApiTimeoutException(Source.EARNINGS, "c", Duration.ofSeconds(5)).userMessage())
                .isEqualTo("Earnings service did not answer within 5 seconds.");
        assertThat(new ServiceUnavailableException(Source.AWARD, 503, null, "c", Duration.ofMinutes(2)).userMessage())
                .isEqualTo("The Award service is unavailable right now; try again in 2 minutes.");
    }

    @Test
    void fieldErrorsAreListedForTheCaseworker() {
        Problem p = new Problem("about:blank", "Bad Request", 400, null, null,
                List.of(new Problem.FieldError("instalmentPence", "must be at least 1")), null);

        assertThat(new InvalidRequestException(Source.DEBT, 400, p, "c").userMessage())
                .isEqualTo("Please check: instalmentPence (must be at least 1).");
    }
}
