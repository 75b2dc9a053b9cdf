package uk.caseview.app.config;

import java.time.Duration;
import java.util.function.Function;

/**
 * How long the window may sit without keyboard or mouse input before it locks (customers hidden,
 * sign-in required): {@code -Dcaseview.idle.lock.minutes} or {@code CASEVIEW_IDLE_LOCK_MINUTES},
 * 1 to 240, default 15. There is no "never": a desktop that caches personal data always locks.
 */
public final class IdleLockSetting {

    public static final Duration DEFAULT = Duration.ofMinutes(15);
    static final int MAX_MINUTES = 240;

    private IdleLockSetting() {}

    public static Duration fromSystem() {
        return from(System::getProperty, System::getenv);
    }

    /** @throws IllegalArgumentException naming the setting, when it is not a whole number of minutes 1..240 */
    public static Duration from(Function<String, String> properties, Function<String, String> environment) {
        String value = properties.apply("caseview.idle.lock.minutes");
        String from = "-Dcaseview.idle.lock.minutes";
        if (value == null || value.isBlank()) {
            value = environment.apply("CASEVIEW_IDLE_LOCK_MINUTES");
            from = "CASEVIEW_IDLE_LOCK_MINUTES";
        }
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            int minutes = Integer.parseInt(value.trim());
            if (minutes >= 1 && minutes <= MAX_MINUTES) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(from + " must be a whole number of minutes from 1 to " + MAX_MINUTES
                + ", was '" + value + "'");
    }
}
