package uk.caseview.sdk.http;

import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.Encoder;
import feign.form.FormEncoder;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.sdk.client.AwardApi;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.client.CitizenApi;
import uk.caseview.sdk.client.DebtApi;
import uk.caseview.sdk.client.EarningsApi;
import uk.caseview.sdk.client.EvidenceApi;
import uk.caseview.sdk.client.EvidenceUploadApi;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.view.Source;

/**
 * The one place the five Feign clients are built: same JSON mapper, explicit timeouts, no
 * Feign retries (resilience is the SDK's, per call kind), typed errors, bounded bodies (JSON and
 * documents each with their own limit).
 */
public final class ApiClientFactory {

    private final Map<Source, ApiEndpoint> endpoints;
    private final TokenProvider tokens;
    private final String trainingSession;
    private final Clock clock;
    private final long maxResponseBytes;
    private final long maxDocumentBytes;
    private final SSLContext sslContext;
    private final ResilienceSettings resilience;
    private final Map<Duration, HttpClient> httpClients = new ConcurrentHashMap<>();

    public ApiClientFactory(
            Map<Source, ApiEndpoint> endpoints,
            TokenProvider tokens,
            String trainingSession,
            Clock clock,
            long maxResponseBytes,
            long maxDocumentBytes,
            SSLContext sslContext,
            ResilienceSettings resilience) {
        this.endpoints = Map.copyOf(endpoints);
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.trainingSession = trainingSession;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxResponseBytes = maxResponseBytes;
        this.maxDocumentBytes = maxDocumentBytes;
        this.sslContext = sslContext;
        this.resilience = Objects.requireNonNull(resilience, "resilience");
        for (Source s : Source.values()) {
            Objects.requireNonNull(this.endpoints.get(s), () -> "No endpoint for " + s);
        }
    }

    public CaseviewApis create() {
        return new CaseviewApis(
                build(CitizenApi.class, Source.CITIZEN),
                build(EarningsApi.class, Source.EARNINGS),
                build(AwardApi.class, Source.AWARD),
                build(DebtApi.class, Source.DEBT),
                build(EvidenceApi.class, Source.EVIDENCE));
    }

    /**
     * The HTTP client for one API. APIs with the same connect timeout share one client (one
     * selector thread and one connection pool), which matters on a two-core desktop when all
     * five are called at once.
     */
    public HttpClient httpClient(Source source) {
        Duration connect = endpoints.get(source).connectTimeout();
        return httpClients.computeIfAbsent(connect, c -> {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(c)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (sslContext != null) {
                builder.sslContext(sslContext);
            }
            return builder.build();
        });
    }

    /** The evidence upload client: same pipeline, with a multipart form encoder. */
    public EvidenceUploadApi createUploadApi() {
        return build(EvidenceUploadApi.class, Source.EVIDENCE, new FormEncoder(new JacksonEncoder(Json.mapper())));
    }

    private <T> T build(Class<T> type, Source source) {
        return build(type, source, new JacksonEncoder(Json.mapper()));
    }

    private <T> T build(Class<T> type, Source source, Encoder encoder) {
        ApiEndpoint endpoint = endpoints.get(source);
        Request.Options options = new Request.Options(
                endpoint.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                endpoint.readTimeout().toMillis(), TimeUnit.MILLISECONDS,
                false);
        Client client = new ObservedClient(new Http2Client(httpClient(source)), source);
        T feignClient = Feign.builder()
                .client(client)
                .options(options)
                .retryer(Retryer.NEVER_RETRY)
                .encoder(encoder)
                .decoder(new DocumentDecoder(source, maxDocumentBytes, new BoundedJsonDecoder(source, maxResponseBytes)))
                .errorDecoder(new ProblemErrorDecoder(source, clock))
                .requestInterceptor(new StandardHeaders(tokens, trainingSession))
                .logLevel(Logger.Level.NONE)
                .target(type, endpoint.target());
        return GuardedApi.wrap(type, feignClient, source, new ApiResilience(source, resilience));
    }
}
