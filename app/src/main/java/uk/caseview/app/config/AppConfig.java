package uk.caseview.app.config;

import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.caseview.sdk.view.Source;

/**
 * Where Caseview gets its data, read once at start-up.
 *
 * <p>System properties win over environment variables:
 * <ul>
 *   <li>{@code -Dcaseview.api.url=https://gw.example} or {@code CASEVIEW_API_URL}: all five APIs, LIVE mode.</li>
 *   <li>{@code -Dcaseview.api.citizen.url=...} or {@code CASEVIEW_API_CITIZEN_URL} (likewise earnings, award,
 *       debt, evidence): one API elsewhere.</li>
 *   <li>{@code -Dcaseview.idp.issuer=https://login.example/realms/caseview} or {@code CASEVIEW_IDP_ISSUER}:
 *       the OpenID Connect provider LIVE signs in with (required in LIVE).</li>
 *   <li>Nothing set: the embedded stub server starts in-process, TRAINING mode.</li>
 * </ul>
 *
 * <p>LIVE refuses plain {@code http://}: personal data and tokens never cross a network in clear.
 */
public record AppConfig(Mode mode, Optional<URI> apiUrl, Map<Source, URI> perApi, Optional<URI> idpIssuer) {

    public AppConfig {
        perApi = Map.copyOf(perApi);
    }

    public static AppConfig training() {
        return new AppConfig(Mode.TRAINING, Optional.empty(), Map.of(), Optional.empty());
    }

    /** The JDK HTTP client's property that skips host-name verification. */
    static final String DISABLE_HOSTNAME_VERIFICATION = "jdk.internal.httpclient.disableHostnameVerification";

    public static AppConfig fromSystem() {
        return from(System::getProperty, System::getenv);
    }

    /** @throws IllegalArgumentException naming the setting, when an address is not an absolute https URL */
    public static AppConfig from(Function<String, String> properties, Function<String, String> environment) {
        Optional<URI> all = setting(properties, environment, "caseview.api.url", "CASEVIEW_API_URL");
        Map<Source, URI> perApi = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            String name = s.name().toLowerCase(Locale.ROOT);
            setting(properties, environment, "caseview.api." + name + ".url",
                    "CASEVIEW_API_" + s.name() + "_URL").ifPresent(u -> perApi.put(s, u));
        }
        if (all.isEmpty() && perApi.isEmpty()) {
            return training();
        }
        if (all.isEmpty() && perApi.size() < Source.values().length) {
            String missing = java.util.Arrays.stream(Source.values()).filter(s -> !perApi.containsKey(s))
                    .map(s -> "caseview.api." + s.name().toLowerCase(Locale.ROOT) + ".url")
                    .collect(java.util.stream.Collectors.joining(", "));
            throw new IllegalArgumentException("Set caseview.api.url (or CASEVIEW_API_URL), or an address for every API: "
                    + "none given for " + missing);
        }
        // The JDK's HTTP client has one switch that skips host-name checks; LIVE will not start with it set.
        if (properties.apply(DISABLE_HOSTNAME_VERIFICATION) != null) {
            throw new IllegalArgumentException("-D" + DISABLE_HOSTNAME_VERIFICATION + " is set: it turns off TLS "
                    + "host-name checks, and LIVE never runs without them. Remove it.");
        }
        Optional<URI> issuer = setting(properties, environment, "caseview.idp.issuer", "CASEVIEW_IDP_ISSUER");
        if (issuer.isEmpty()) {
            throw new IllegalArgumentException("Set caseview.idp.issuer (or CASEVIEW_IDP_ISSUER) to your identity "
                    + "provider's issuer address: LIVE signs every member of staff in.");
        }
        return new AppConfig(Mode.LIVE, all, perApi, issuer);
    }

    private static Optional<URI> setting(
            Function<String, String> properties, Function<String, String> environment, String property, String env) {
        String value = properties.apply(property);
        String from = "-D" + property;
        if (value == null || value.isBlank()) {
            value = environment.apply(env);
            from = env;
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(value.trim());
            if (!uri.isAbsolute() || uri.getHost() == null || !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("not an https address");
            }
            return Optional.of(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(from + " must be an https address like https://gateway.example, was '"
                    + value + "'. LIVE never sends personal data or tokens over plain http.", e);
        }
    }
}
