package uk.caseview.app.shell;

import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.error.AccessDeniedException;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.error.ApiTimeoutException;
import uk.caseview.sdk.error.ApiUnreachableException;
import uk.caseview.sdk.error.CircuitOpenException;
import uk.caseview.sdk.error.ConflictException;
import uk.caseview.sdk.error.InvalidRequestException;
import uk.caseview.sdk.error.MalformedResponseException;
import uk.caseview.sdk.error.NotFoundException;
import uk.caseview.sdk.error.RateLimitedException;
import uk.caseview.sdk.error.ServerErrorException;
import uk.caseview.sdk.error.ServiceUnavailableException;
import uk.caseview.sdk.view.Source;

/**
 * Asks each API the cheapest question it has: its ordinary read, for a customer key that is not
 * a NINO. The contract has no health endpoint, and any answer (here a 400 or 404) proves the API
 * is there, while a refused, reset or timed-out connection proves it isn't. Going through the
 * SDK's own clients means the probe uses the same address, TLS trust, token and training session
 * as real calls, so it can't pass where they would fail. It sends no personal data.
 */
public final class ApiProbe implements ConnectionMonitor.Probe {

    /** Not a NINO (a NINO is 2 letters, 6 digits and A-D), so no one's record is ever asked for. */
    static final String NOT_A_CUSTOMER = "CONNECTION-CHECK";

    private final CaseviewApis apis;

    public ApiProbe(CaseviewApis apis) {
        this.apis = apis;
    }

    @Override
    public ConnectionMonitor.Outcome check(Source source) {
        try {
            switch (source) {
                case CITIZEN -> apis.citizen().getCitizen(NOT_A_CUSTOMER);
                case EARNINGS -> apis.earnings().getEarnings(NOT_A_CUSTOMER, null, null);
                case AWARD -> apis.award().getAwards(NOT_A_CUSTOMER);
                case DEBT -> apis.debt().getDebts(NOT_A_CUSTOMER);
                case EVIDENCE -> apis.evidence().listEvidence(NOT_A_CUSTOMER);
            }
            return ConnectionMonitor.Outcome.ANSWERED;
        } catch (ApiException e) {
            return outcome(e);
        } catch (RuntimeException e) {
            // Not an API failure the SDK knows: the check itself couldn't be made, so nothing answered it.
            return ConnectionMonitor.Outcome.UNREACHABLE;
        }
    }

    static ConnectionMonitor.Outcome outcome(ApiException e) {
        return switch (e) {
            case NotFoundException x -> ConnectionMonitor.Outcome.ANSWERED;
            case InvalidRequestException x -> ConnectionMonitor.Outcome.ANSWERED;
            // 401 is a sign-in problem, not a healthy service: the shell asks the user to sign in again.
            case AccessDeniedException x when x.status() == 401 -> ConnectionMonitor.Outcome.SIGNED_OUT;
            case AccessDeniedException x -> ConnectionMonitor.Outcome.ANSWERED;
            case ConflictException x -> ConnectionMonitor.Outcome.ANSWERED;
            // Busy is still there: the service answered, it asked us to slow down.
            case RateLimitedException x -> ConnectionMonitor.Outcome.ANSWERED;
            case ServerErrorException x -> x.status() >= 500
                    ? ConnectionMonitor.Outcome.ERRORS : ConnectionMonitor.Outcome.ANSWERED;
            case ServiceUnavailableException x -> ConnectionMonitor.Outcome.ERRORS;
            case MalformedResponseException x -> ConnectionMonitor.Outcome.ERRORS;
            // A document over the size cap was still sent: the service answered.
            case uk.caseview.sdk.error.DocumentTooLargeException x -> ConnectionMonitor.Outcome.ANSWERED;
            case ApiUnreachableException x -> ConnectionMonitor.Outcome.UNREACHABLE;
            case ApiTimeoutException x -> ConnectionMonitor.Outcome.UNREACHABLE;
            // Too many of our own calls in flight says nothing about the API either way.
            case CircuitOpenException x when x.reason() == CircuitOpenException.Reason.TOO_MANY_CALLS ->
                    ConnectionMonitor.Outcome.NO_NEWS;
            case CircuitOpenException x -> ConnectionMonitor.Outcome.HELD_BACK;
        };
    }
}
