package uk.caseview.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.view.Source;

/**
 * A trainer's controls over the training server: which API misbehaves, and putting practice data
 * back as it was. Calls the server's {@code /__admin} endpoints with the trainer's own token (the
 * server refuses anyone else with 403). Blocking: call off the FX thread.
 */
public final class ClassroomControls {

    /** The misbehaviours a lesson uses, each one a fault the training server understands. */
    public enum Misbehaviour {
        NONE("Working normally", "{}"),
        SLOW("Slow (3 to 4 seconds)", "{\"latencyMs\": 3000, \"latencyJitterMs\": 1000}"),
        SOMETIMES_FAILING("Failing now and then (3 in 10)", "{\"errorRate\": 0.3, \"errorStatuses\": [503]}"),
        DOWN("Down (every call fails)", "{\"errorRate\": 1.0, \"errorStatuses\": [503], \"retryAfterSeconds\": 5}"),
        HANGING("Not answering at all", "{\"hang\": true}"),
        BROKEN("Sending broken answers", "{\"malformed\": \"truncated_json\"}"),
        REFUSING("Refusing every request (422)", "{\"errorRate\": 1.0, \"errorStatuses\": [422]}");

        private final String label;
        private final String fault;

        Misbehaviour(String label, String fault) {
            this.label = label;
            this.fault = fault;
        }

        public String label() {
            return label;
        }

        JsonNode fault() {
            try {
                return Json.mapper().readTree(fault);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The choice a fault in force reads as; one set some other way (curl, --fault) is "other". */
        static Misbehaviour of(JsonNode fault) {
            for (Misbehaviour m : values()) {
                if (m.fault().equals(SAME_VALUE, withoutDefaults(fault))) {
                    return m;
                }
            }
            return null;
        }
    }

    /** Numbers equal by value (3000 sent comes back as 3000, whatever its JSON type); the rest as they are. */
    private static final java.util.Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? Double.compare(a.asDouble(), b.asDouble()) : a.equals(b) ? 0 : 1;

    private final URI base;
    private final TokenProvider tokens;
    private final String session;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param session this desk's training session: its practice data is what "reset mine" puts back
     */
    public ClassroomControls(URI base, TokenProvider tokens, String session) {
        this.base = base;
        this.tokens = tokens;
        this.session = session;
    }

    /** Per API, the misbehaviour in force; null for one set outside Caseview that matches no choice. */
    public Map<Source, Misbehaviour> faults() throws IOException, InterruptedException {
        JsonNode all = Json.mapper().readTree(send(request("/__admin/faults").GET()));
        Map<Source, Misbehaviour> out = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            JsonNode f = all.path(apiName(s));
            out.put(s, f.isMissingNode() ? Misbehaviour.NONE : Misbehaviour.of(f));
        }
        return out;
    }

    /** Makes one API misbehave, or work normally again, for everyone on this server. */
    public void set(Source api, Misbehaviour how) throws IOException, InterruptedException {
        ObjectNode body = Json.mapper().createObjectNode();
        body.set(apiName(api), how.fault());
        send(request("/__admin/faults").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Puts this desk's practice data back as it was seeded (others on a shared server keep theirs). */
    public void resetMine() throws IOException, InterruptedException {
        resetTrainee(session);
    }

    /** This desk's own training session, which the trainee list leaves out of "another trainee". */
    public String session() {
        return session;
    }

    /** A trainee practising on this server, and how many customers they have changed. */
    public record Trainee(String name, int changedCustomers) {}

    /** Every trainee with practice data on this server, by name. */
    public java.util.List<Trainee> trainees() throws IOException, InterruptedException {
        JsonNode all = Json.mapper().readTree(send(request("/__admin/sessions").GET()));
        java.util.List<Trainee> out = new java.util.ArrayList<>();
        for (JsonNode t : all.path("sessions")) {
            out.add(new Trainee(t.path("name").asText(), t.path("changedCustomers").asInt()));
        }
        return java.util.List.copyOf(out);
    }

    /** Puts one trainee's practice data back as it was seeded; the rest of the class keep theirs. */
    public void resetTrainee(String name) throws IOException, InterruptedException {
        send(request("/__admin/reset").header("X-Training-Session", name)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Puts everyone's practice data back as it was seeded. */
    public void resetEveryone() throws IOException, InterruptedException {
        send(request("/__admin/reset").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json");
        tokens.currentToken().ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return b;
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            throw new ClassroomRefusedException();
        }
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("the training server answered " + answer.statusCode());
        }
        return answer.body();
    }

    /** The training server's name for an API in its fault settings. */
    static String apiName(Source s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The server echoes every field back; the choices only name the ones they set. */
    private static JsonNode withoutDefaults(JsonNode fault) {
        ObjectNode copy = fault.deepCopy();
        var names = copy.fieldNames();
        java.util.List<String> drop = new java.util.ArrayList<>();
        names.forEachRemaining(n -> {
            JsonNode v = copy.get(n);
            if (v.isNull() || (v.isNumber() && v.asDouble() == 0) || (v.isBoolean() && !v.asBoolean())
                    || (v.isTextual() && "none".equals(v.asText())) || (v.isArray() && v.isEmpty())) {
                drop.add(n);
            }
        });
        copy.remove(drop);
        return copy;
    }

    /** Only a trainer's token may change the training server. */
    public static final class ClassroomRefusedException extends IOException {
        ClassroomRefusedException() {
            super("the training server refused: a trainer's sign-in is needed");
        }
    }
}
