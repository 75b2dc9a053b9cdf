package uk.caseview.sdk.http;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.error.ApiTimeoutException;
import uk.caseview.sdk.error.ApiUnreachableException;
import uk.caseview.sdk.view.Source;

/**
 * Sends one request and logs it as source, method, masked path, status, duration and
 * correlation id: never headers, bodies or path values that identify a person. Network
 * failures leave here as typed SDK exceptions.
 */
final class ObservedClient implements Client {

    private static final Logger log = LoggerFactory.getLogger(ObservedClient.class);

    private final Client delegate;
    private final Source source;

    ObservedClient(Client delegate, Source source) {
        this.delegate = delegate;
        this.source = source;
    }

    @Override
    public Response execute(Request request, Request.Options options) {
        String cid = RequestFacts.correlationId(request);
        String method = request.httpMethod().name();
        String path = LogSafePath.of(request.url());
        long start = System.nanoTime();
        try {
            Response response = delegate.execute(request, options);
            long ms = elapsedMs(start);
            if (response.status() >= 400) {
                log.info("{} {} {} -> {} in {} ms (correlation {})", source, method, path, response.status(), ms, cid);
            } else {
                log.debug("{} {} {} -> {} in {} ms (correlation {})", source, method, path, response.status(), ms, cid);
            }
            return response;
        } catch (HttpConnectTimeoutException e) {
            log.warn("{} {} {} -> connect timeout after {} ms (correlation {})", source, method, path, elapsedMs(start), cid);
            throw new ApiUnreachableException(source, cid, e);
        } catch (HttpTimeoutException e) {
            log.warn("{} {} {} -> no answer after {} ms (correlation {})", source, method, path, elapsedMs(start), cid);
            throw new ApiTimeoutException(source, cid, Duration.ofMillis(options.readTimeoutMillis()));
        } catch (IOException e) {
            log.warn("{} {} {} -> {} after {} ms (correlation {})", source, method, path,
                    e.getClass().getSimpleName(), elapsedMs(start), cid);
            throw new ApiUnreachableException(source, cid, e);
        }
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
