package uk.caseview.sdk.http;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import uk.caseview.sdk.auth.TokenProvider;

/** Headers every request carries: correlation id, bearer token and the trainee's session. */
final class StandardHeaders implements RequestInterceptor {

    static final String TRAINING_SESSION = "X-Training-Session";

    private final TokenProvider tokens;
    private final String trainingSession;

    StandardHeaders(TokenProvider tokens, String trainingSession) {
        this.tokens = tokens;
        this.trainingSession = trainingSession;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.removeHeader(CorrelationId.HEADER);
        template.header(CorrelationId.HEADER, CorrelationId.currentOrNew());
        tokens.currentToken().ifPresent(token -> {
            template.removeHeader("Authorization");
            template.header("Authorization", "Bearer " + token);
        });
        if (trainingSession != null) {
            template.header(TRAINING_SESSION, trainingSession);
        }
        template.header("User-Agent", "Caseview-SDK");
    }
}
