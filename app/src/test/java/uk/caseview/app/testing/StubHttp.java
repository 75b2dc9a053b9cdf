package uk.caseview.app.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import uk.caseview.sdk.json.Json;

/**
 * Reads the stub server directly over HTTP, beside the app, so that end-to-end tests compare the
 * screen with what the server says rather than with a copy of its data kept in the test.
 */
public final class StubHttp {

    private final URI base;
    private final String token;
    private final HttpClient client = HttpClient.newHttpClient();

    public StubHttp(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public <T> T get(String path, Class<T> type) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode());
        }
        return Json.mapper().readValue(response.body(), type);
    }
}
