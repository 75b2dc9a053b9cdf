package uk.caseview.stubs.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.model.Problem;
import uk.caseview.stubs.FaultController;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.contract.ContractSchemas;
import uk.caseview.stubs.contract.RouteTable;
import uk.caseview.stubs.fault.FaultDecision;
import uk.caseview.stubs.fault.FaultedBodies;
import uk.caseview.stubs.idp.IdentityProviderEndpoints;
import uk.caseview.stubs.idp.RequestAuthoriser;
import uk.caseview.stubs.state.Classroom;

/**
 * Every request comes through here: route it by the contract, let the fault controller have its
 * way, check the parameters, run the endpoint and write the reply.
 *
 * <p>Nothing here logs a request path or query: they carry NINOs, names and dates of birth.
 */
public final class StubHttpHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(StubHttpHandler.class);

    private final RouteTable routes;
    private final Map<String, Endpoint> endpoints;
    private final Map<String, Reply> staticReplies;
    private final FaultController faults;
    private final CountDownLatch stopping;
    private final RequestChecker checker;
    private final Idempotency idempotency;
    private final IdentityProviderEndpoints identityProvider;
    private final RequestAuthoriser authoriser;

    /** @param authoriser null to let every request through (the {@code --no-auth} stub) */
    public StubHttpHandler(RouteTable routes, Map<String, Endpoint> endpoints, Map<String, Reply> staticReplies,
            FaultController faults, CountDownLatch stopping, ContractSchemas schemas, Classroom classroom,
            IdentityProviderEndpoints identityProvider, RequestAuthoriser authoriser) {
        this.identityProvider = identityProvider;
        this.authoriser = authoriser;
        this.routes = routes;
        this.endpoints = Map.copyOf(endpoints);
        this.staticReplies = Map.copyOf(staticReplies);
        this.faults = faults;
        this.stopping = stopping;
        this.checker = new RequestChecker(schemas);
        this.idempotency = new Idempotency(classroom);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            String operationId = "-";
            try {
                String method = exchange.getRequestMethod();
                String path = exchange.getRequestURI().getPath();
                Reply fixed = "GET".equals(method) ? staticReplies.get(path) : null;
                if (fixed != null) {
                    write(exchange, fixed);
                    return;
                }
                if (IdentityProviderEndpoints.handles(path)) {
                    write(exchange, identityProvider.handle(exchange));
                    return;
                }
                RouteTable.Result result = routes.find(method, path);
                switch (result) {
                    case RouteTable.NotFound nf -> {
                        write(exchange, Problems.reply(404, "Not found", "No such resource in the Caseview APIs."));
                        return;
                    }
                    case RouteTable.WrongMethod wm -> {
                        write(exchange, Problems.reply(405, "Method not allowed",
                                "This path accepts " + String.join(", ", wm.allowed()) + ".",
                                new Reply.Header("Allow", String.join(", ", wm.allowed()))));
                        return;
                    }
                    case RouteTable.Found found -> {
                        operationId = found.match().route().operationId();
                        // A gateway authenticates before any service sees the call, faulty or not.
                        if (authoriser != null) {
                            var refusal = authoriser.refusal(
                                    exchange.getRequestHeaders().getFirst("Authorization"), operationId);
                            if (refusal.isPresent()) {
                                write(exchange, refusal.get());
                                return;
                            }
                        }
                        FaultDecision fault = faults.decide(StubApi.forPath(path));
                        if (!fault.isHealthy() && !applyFaultBeforeAnswer(exchange, fault)) {
                            return;
                        }
                        if (fault.errorStatus() != 0) {
                            reply = faultReply(fault);
                        } else {
                            RequestContext context = checker.check(exchange, found.match());
                            String id = operationId;
                            reply = idempotency.applies(context)
                                    ? idempotency.once(context, () -> run(id, context))
                                    : run(operationId, context);
                        }
                        if (fault.altersBody() && reply.isJson()) {
                            reply = reply.withBody(FaultedBodies.apply(reply.body(), fault));
                        }
                    }
                }
            } catch (ApiProblem problem) {
                reply = Problems.reply(problem.problem());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Never the client's fault by the time we get here: say so, and log without request data.
                LOG.error("Internal error in operation {}", operationId, e);
                reply = Problems.reply(500, "Internal error", "The stub server failed; this is a bug in the stub.");
            }
            write(exchange, reply);
        } finally {
            if (authoriser != null) {
                authoriser.done();
            }
        }
    }

    /** @return false when the fault has already dealt with the exchange (hang, reset) */
    private boolean applyFaultBeforeAnswer(HttpExchange exchange, FaultDecision fault) throws InterruptedException {
        if (fault.delayMs() > 0) {
            if (stopping.await(fault.delayMs(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        if (fault.hang()) {
            // No answer until the client gives up or the server stops.
            stopping.await();
            return false;
        }
        if (fault.reset()) {
            // Closing before any response headers drops the connection with nothing sent.
            return false;
        }
        return true;
    }

    private static Reply faultReply(FaultDecision fault) {
        int status = fault.errorStatus();
        List<Reply.Header> headers = new ArrayList<>();
        if (status == 503 || status == 429) {
            headers.add(new Reply.Header("Retry-After", Integer.toString(Math.max(0, fault.retryAfterSeconds()))));
        }
        String title = switch (status) {
            case 429 -> "Too many requests";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            default -> "Internal server error";
        };
        return Problems.reply(new Problem(Problems.TYPE_FAULT, title, status,
                "Injected by the stub's fault settings.", null, List.of(), null),
                headers.toArray(Reply.Header[]::new));
    }

    private Reply run(String operationId, RequestContext context) throws InterruptedException {
        Endpoint endpoint = endpoints.get(operationId);
        if (endpoint == null) {
            throw ApiProblem.of(501, "Not implemented", "The stub does not implement " + operationId + " yet.");
        }
        try {
            return endpoint.handle(context);
        } catch (ApiProblem | InterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("endpoint " + operationId + " failed", e);
        }
    }

    static void write(HttpExchange exchange, Reply reply) throws IOException {
        var headers = exchange.getResponseHeaders();
        if (reply.contentType() != null) {
            headers.set("Content-Type", reply.contentType());
        }
        for (Reply.Header h : reply.headers()) {
            headers.add(h.name(), h.value());
        }
        byte[] body = reply.body();
        if (body.length == 0) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
