package uk.caseview.app.shell;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.json.Json;

/**
 * The training server's persona catalogue ({@code GET /__admin/scenarios}), for the start page
 * in training mode. This is the stub's admin API, not one of the five services, so it is read
 * with a plain HTTP client rather than through the SDK.
 */
public final class TrainingPersonas {

    public record Persona(String nino, String title, String story, List<String> whatToFind) {
        @Override
        public String toString() {
            return "Persona[" + title + "]";
        }
    }

    private TrainingPersonas() {}

    /** Blocking: call off the FX thread. */
    public static List<Persona> fetch(URI base, uk.caseview.sdk.auth.TokenProvider tokens)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve("/__admin/scenarios"))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json");
        // The catalogue is behind sign-in like every other endpoint of the training server.
        tokens.currentToken().ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        HttpRequest request = builder.GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("persona catalogue answered " + response.statusCode());
        }
        JsonNode root = Json.mapper().readTree(response.body());
        List<Persona> personas = new ArrayList<>();
        for (JsonNode s : root.path("scenarios")) {
            List<String> find = new ArrayList<>();
            s.path("whatToFind").forEach(n -> find.add(n.asText()));
            personas.add(new Persona(s.path("nino").asText(), s.path("title").asText(), s.path("story").asText(), find));
        }
        return personas;
    }
}
