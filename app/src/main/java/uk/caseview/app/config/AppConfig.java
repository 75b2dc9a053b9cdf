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
 *   <li>{@code -Dcaseview.truststore.path=/etc/caseview/gateway-ca.p12} or {@code CASEVIEW_TRUSTSTORE_PATH}
 *       (with {@code .password} / {@code _PASSWORD} and {@code .type} / {@code _TYPE}, PKCS12 by default):
 *       the CAs LIVE trusts instead of the JDK's own, e.g. the department's gateway CA.</li>
 *   <li>Nothing set: the embedded stub server starts in-process, TRAINING mode.</li>
 * </ul>
 *
 * <p>Each setting can also sit in the user's config file ({@link UserConfigFile}) under its
 * property name; the command line beats the environment, and the environment beats the file.
 *
 * <p>LIVE refuses plain {@code http://}: personal data and tokens never cross a network in clear.
 */
public record AppConfig(Mode mode, Optional<URI> apiUrl, Map<Source, URI> perApi, Optional<URI> idpIssuer,
        Optional<TrustStoreSetting> trustStore, Optional<java.time.LocalDate> trainingDate,
        Optional<Classroom> classroom) {

    /**
     * TRAINING against a classroom's shared training server instead of the embedded one: the
     * trainee's writes land in their own overlay, named after them, so a trainer can reset one desk.
     */
    public record Classroom(URI server, String trainee) {}

    /** A trust store file for LIVE's TLS: its path, password (it holds only public certificates) and type. */
    public record TrustStoreSetting(java.nio.file.Path path, char[] password, String type) {}

    public AppConfig {
        perApi = Map.copyOf(perApi);
    }

    public AppConfig(Mode mode, Optional<URI> apiUrl, Map<Source, URI> perApi, Optional<URI> idpIssuer,
            Optional<TrustStoreSetting> trustStore) {
        this(mode, apiUrl, perApi, idpIssuer, trustStore, Optional.empty(), Optional.empty());
    }

    /** TRAINING on a classroom's shared training server, as the named trainee. */
    public static AppConfig classroom(URI server, String trainee) {
        return new AppConfig(Mode.TRAINING, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new Classroom(server, trainee)));
    }

    public AppConfig(Mode mode, Optional<URI> apiUrl, Map<Source, URI> perApi, Optional<URI> idpIssuer) {
        this(mode, apiUrl, perApi, idpIssuer, Optional.empty());
    }

    public static AppConfig training() {
        return new AppConfig(Mode.TRAINING, Optional.empty(), Map.of(), Optional.empty());
    }

    /** TRAINING on a fixed date: personas' ages, arrears and pay periods read the same in every lesson. */
    public static AppConfig training(java.time.LocalDate on) {
        return new AppConfig(Mode.TRAINING, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.of(on), Optional.empty());
    }

    /** The JDK HTTP client's property that skips host-name verification. */
    static final String DISABLE_HOSTNAME_VERIFICATION = "jdk.internal.httpclient.disableHostnameVerification";

    /** Blocking (reads the user's config file): call off the FX thread. */
    public static AppConfig fromSystem() {
        return fromSystem(UserConfigFile.forThisUser());
    }

    /** The command line and environment, then the given (already read) config file. */
    public static AppConfig fromSystem(UserConfigFile file) {
        return from(System::getProperty, System::getenv, file);
    }

    /** @throws IllegalArgumentException naming the setting, when an address is not an absolute https URL */
    public static AppConfig from(Function<String, String> properties, Function<String, String> environment) {
        return from(properties, environment, UserConfigFile.NONE);
    }

    /** @throws IllegalArgumentException naming the setting, when an address is not an absolute https URL */
    public static AppConfig from(Function<String, String> properties, Function<String, String> environment,
            UserConfigFile file) {
        ConfigLookup lookup = new ConfigLookup(properties, environment, file);
        Optional<URI> all = address(lookup, "caseview.api.url", "CASEVIEW_API_URL");
        Map<Source, URI> perApi = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            String name = s.name().toLowerCase(Locale.ROOT);
            address(lookup, "caseview.api." + name + ".url",
                    "CASEVIEW_API_" + s.name() + "_URL").ifPresent(u -> perApi.put(s, u));
        }
        Optional<java.time.LocalDate> trainingDate = trainingDate(lookup);
        Optional<Classroom> classroom = classroom(lookup);
        if (all.isEmpty() && perApi.isEmpty()) {
            if (classroom.isPresent() && trainingDate.isPresent()) {
                throw new IllegalArgumentException("caseview.training.date is set with a classroom server: the "
                        + "classroom's server keeps the lesson's date (start it with --today). Remove the date here.");
            }
            return new AppConfig(Mode.TRAINING, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
                    trainingDate, classroom);
        }
        if (classroom.isPresent()) {
            throw new IllegalArgumentException("caseview.classroom.url (or CASEVIEW_CLASSROOM_URL) is set, but so are "
                    + "real API addresses: a classroom is training only. Remove one of them.");
        }
        if (trainingDate.isPresent()) {
            throw new IllegalArgumentException("caseview.training.date (or CASEVIEW_TRAINING_DATE) is set, but so are "
                    + "real API addresses: the training date is for training only. Remove one of them.");
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
        Optional<URI> issuer = address(lookup, "caseview.idp.issuer", "CASEVIEW_IDP_ISSUER");
        if (issuer.isEmpty()) {
            throw new IllegalArgumentException("Set caseview.idp.issuer (or CASEVIEW_IDP_ISSUER) to your identity "
                    + "provider's issuer address: LIVE signs every member of staff in.");
        }
        return new AppConfig(Mode.LIVE, all, perApi, issuer, trustStore(lookup));
    }

    /** A classroom server's address (http on the classroom's network is allowed: its data and staff are synthetic) and the trainee's name. */
    private static Optional<Classroom> classroom(ConfigLookup lookup) {
        Optional<ConfigLookup.Found> url = lookup.find("caseview.classroom.url", "CASEVIEW_CLASSROOM_URL");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        URI server;
        try {
            server = URI.create(url.get().value());
            if (!server.isAbsolute() || server.getHost() == null
                    || !("http".equals(server.getScheme()) || "https".equals(server.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) address");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(url.get().from() + " must be the classroom server's address, like "
                    + "http://trainer-pc:8089, was '" + url.get().value() + "'.", e);
        }
        ConfigLookup.Found name = lookup.find("caseview.trainee.name", "CASEVIEW_TRAINEE_NAME").orElseThrow(() ->
                new IllegalArgumentException("A classroom needs each desk's trainee name: set caseview.trainee.name "
                        + "(or CASEVIEW_TRAINEE_NAME), letters, digits, - and _ only, e.g. alice."));
        if (!name.value().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException(name.from() + " must be 1 to 64 letters, digits, - or _ (it names the "
                    + "trainee's practice data on the server), was '" + name.value() + "'.");
        }
        return Optional.of(new Classroom(server, name.value()));
    }

    /** The lesson's fixed date, as YYYY-MM-DD; an unreadable one stops the start, naming where it was set. */
    private static Optional<java.time.LocalDate> trainingDate(ConfigLookup lookup) {
        return lookup.find("caseview.training.date", "CASEVIEW_TRAINING_DATE").map(found -> {
            try {
                return java.time.LocalDate.parse(found.value());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(found.from() + " must be a date written YYYY-MM-DD, like 2026-01-15, "
                        + "was '" + found.value() + "'.", e);
            }
        });
    }

    private static Optional<TrustStoreSetting> trustStore(ConfigLookup lookup) {
        Optional<ConfigLookup.Found> path = lookup.find("caseview.truststore.path", "CASEVIEW_TRUSTSTORE_PATH");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        java.nio.file.Path file = java.nio.file.Path.of(path.get().value());
        if (!java.nio.file.Files.isReadable(file)) {
            throw new IllegalArgumentException(path.get().from() + " names " + file + ", which Caseview cannot read.");
        }
        String password = lookup.find("caseview.truststore.password", "CASEVIEW_TRUSTSTORE_PASSWORD")
                .map(ConfigLookup.Found::value).orElse("");
        String type = lookup.find("caseview.truststore.type", "CASEVIEW_TRUSTSTORE_TYPE").map(ConfigLookup.Found::value)
                .orElse("PKCS12");
        return Optional.of(new TrustStoreSetting(file, password.toCharArray(), type));
    }

    private static Optional<URI> address(ConfigLookup lookup, String property, String env) {
        Optional<ConfigLookup.Found> found = lookup.find(property, env);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String value = found.get().value();
        String from = found.get().from();
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
