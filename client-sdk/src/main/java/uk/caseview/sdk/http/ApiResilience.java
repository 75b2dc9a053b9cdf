package uk.caseview.sdk.http;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.error.ApiUnreachableException;
import uk.caseview.sdk.error.CircuitOpenException;
import uk.caseview.sdk.error.RateLimitedException;
import uk.caseview.sdk.error.ServerErrorException;
import uk.caseview.sdk.error.ServiceUnavailableException;
import uk.caseview.sdk.view.Source;

/**
 * One API's retry, circuit breaker and bulkhead. Retry wraps the breaker, so each attempt
 * counts towards it; only calls that are safe to repeat are retried at all.
 */
final class ApiResilience {

    private static final Logger log = LoggerFactory.getLogger(ApiResilience.class);

    private final Source source;
    private final ResilienceSettings settings;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final Retry retry;

    ApiResilience(Source source, ResilienceSettings settings) {
        this.source = source;
        this.settings = settings;
        this.breaker = CircuitBreaker.of(source.name(), CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(settings.breakerMinimumCalls())
                .failureRateThreshold(settings.breakerFailureRatePercent())
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                // A 404 or a validation error is the API working; only failures of the API itself count.
                .recordException(e -> e instanceof ApiException api && api.isTransient())
                .build());
        this.bulkhead = Bulkhead.of(source.name(), BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(settings.maxWaitForSlot())
                .build());
        this.retry = Retry.of(source.name(), RetryConfig.<Object>custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(this::worthRetrying)
                .intervalBiFunction((IntervalBiFunction<Object>) (attempt, outcome) ->
                        waitBefore(attempt, outcome.isLeft() ? outcome.getLeft() : null).toMillis())
                .failAfterMaxAttempts(false)
                .build());
        breaker.getEventPublisher().onStateTransition(e ->
                log.info("{} circuit breaker {}", source, e.getStateTransition()));
    }

    /** Runs the call through bulkhead and breaker, retrying it only if {@code repeatable}. */
    @SuppressWarnings("unchecked")
    <T> T call(Supplier<T> call, boolean repeatable, String correlationId) {
        Supplier<T> guarded = () -> {
            try {
                return breaker.executeSupplier(Bulkhead.decorateSupplier(bulkhead, call));
            } catch (CallNotPermittedException e) {
                throw new CircuitOpenException(source, correlationId, CircuitOpenException.Reason.CIRCUIT_OPEN);
            } catch (BulkheadFullException e) {
                throw new CircuitOpenException(source, correlationId, CircuitOpenException.Reason.TOO_MANY_CALLS);
            }
        };
        if (!repeatable || settings.maxAttempts() == 1) {
            return guarded.get();
        }
        return (T) Retry.decorateSupplier(retry, (Supplier<Object>) guarded).get();
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    /** Transient failures of the API, and only those with a wait the caseworker can sit through. */
    private boolean worthRetrying(Throwable e) {
        boolean transientFailure = e instanceof ApiUnreachableException
                || e instanceof ServiceUnavailableException
                || e instanceof RateLimitedException
                || (e instanceof ServerErrorException s && s.status() >= 500);
        return transientFailure && retryAfter(e).map(d -> d.compareTo(settings.maxRetryAfter()) <= 0).orElse(true);
    }

    /** Exponential backoff with full jitter, but never sooner than the server's Retry-After. */
    private Duration waitBefore(int attempt, Throwable failure) {
        long base = settings.initialBackoff().toMillis() << Math.min(20, Math.max(0, attempt - 1));
        long capped = Math.min(base, settings.maxBackoff().toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        Duration backoff = Duration.ofMillis(jittered);
        Duration serverAsked = retryAfter(failure).orElse(Duration.ZERO);
        Duration wait = serverAsked.compareTo(backoff) > 0 ? serverAsked : backoff;
        log.debug("{} retry {} in {} ms", source, attempt, wait.toMillis());
        return wait;
    }

    private static Optional<Duration> retryAfter(Throwable e) {
        return switch (e) {
            case ServiceUnavailableException s -> s.retryAfter();
            case RateLimitedException r -> r.retryAfter();
            case null, default -> Optional.empty();
        };
    }
}
