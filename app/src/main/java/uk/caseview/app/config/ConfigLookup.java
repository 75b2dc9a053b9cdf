package uk.caseview.app.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where one setting is found: the command line ({@code -Dcaseview.…}), then the environment
 * ({@code CASEVIEW_…}), then the user's config file under the property's name. Every setting the
 * app reads at start goes through this, so the three places rank the same for all of them.
 */
record ConfigLookup(Function<String, String> properties, Function<String, String> environment,
        UserConfigFile file) {

    /** A value and where it came from, so a bad one is named in its error message. */
    record Found(String value, String from) {}

    Optional<Found> find(String property, String env) {
        String value = properties.apply(property);
        if (value != null && !value.isBlank()) {
            return Optional.of(new Found(value.trim(), "-D" + property));
        }
        value = environment.apply(env);
        if (value != null && !value.isBlank()) {
            return Optional.of(new Found(value.trim(), env));
        }
        return file.get(property).map(v -> new Found(v, property + " in " + file.path().orElseThrow()));
    }
}
