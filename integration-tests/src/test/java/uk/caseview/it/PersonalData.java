package uk.caseview.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.json.Json;

/**
 * The personal strings of one stub persona (NINO, names, dates of birth, addresses, contact
 * and bank details), read straight from the stub with the JDK's HTTP client so that fetching
 * them logs nothing through the SDK.
 */
final class PersonalData {

    private PersonalData() {}

    static Set<String> of(URI stubBase, String token, Nino nino) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(HttpRequest.newBuilder(stubBase.resolve("/citizen/v1/citizens/" + nino.value()))
                            .header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        JsonNode c = Json.mapper().readTree(response.body());
        Set<String> out = new LinkedHashSet<>();
        out.add(nino.value());
        out.add(nino.formatted());
        name(c.path("name"), out);
        out.add(c.path("dateOfBirth").asText());
        address(c.path("currentAddress"), out);
        c.path("pastAddresses").forEach(a -> address(a, out));
        for (String field : List.of("phone", "mobile", "email")) {
            out.add(c.path("contact").path(field).asText(""));
        }
        for (String field : List.of("accountName", "sortCode", "accountNumber")) {
            out.add(c.path("bankAccount").path(field).asText(""));
        }
        c.path("relationships").forEach(r -> {
            name(r.path("name"), out);
            out.add(r.path("dateOfBirth").asText(""));
            out.add(r.path("nino").asText(""));
        });
        out.removeIf(s -> s == null || s.isBlank() || s.equals("null") || s.length() < 4);
        return out;
    }

    private static void name(JsonNode name, Set<String> out) {
        out.add(name.path("givenNames").asText(""));
        out.add(name.path("surname").asText(""));
    }

    private static void address(JsonNode a, Set<String> out) {
        for (String field : List.of("line1", "line2", "postcode")) {
            out.add(a.path(field).asText(""));
        }
    }
}
