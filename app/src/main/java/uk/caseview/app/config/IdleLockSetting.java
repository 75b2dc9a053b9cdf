package uk.caseview.app.config;

import java.time.Duration;
import java.util.function.Function;

/**
 * How long the window may sit without keyboard or mouse input before it locks (customers hidden,
 * sign-in required): {@code -Dcaseview.idle.lock.minutes}, {@code CASEVIEW_IDLE_LOCK_MINUTES} or
 * {@code caseview.idle.lock.minutes} in the user's config file; 1 to 240, default 15. There is no
 * "never": a desktop that caches personal data always locks.
 */
public final class IdleLockSetting {

    public static final Duration DEFAULT = Duration.ofMinutes(15);
    static final int MAX_MINUTES = 240;

    private IdleLockSetting() {}

    /** @throws IllegalArgumentException naming the setting, when it is not a whole number of minutes 1..240 */
    public static Duration from(Function<String, String> properties, Function<String, String> environment) {
        return from(properties, environment, UserConfigFile.NONE);
    }

    /** @throws IllegalArgumentException naming the setting and where it was set, when it is not 1..240 minutes */
    public static Duration from(Function<String, String> properties, Function<String, String> environment,
            UserConfigFile file) {
        var found = new ConfigLookup(properties, environment, file)
                .find("caseview.idle.lock.minutes", "CASEVIEW_IDLE_LOCK_MINUTES");
        if (found.isEmpty()) {
            return DEFAULT;
        }
        String value = found.get().value();
        try {
            int minutes = Integer.parseInt(value);
            if (minutes >= 1 && minutes <= MAX_MINUTES) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(found.get().from() + " must be a whole number of minutes from 1 to "
                + MAX_MINUTES + ", was '" + value + "'");
    }
}
