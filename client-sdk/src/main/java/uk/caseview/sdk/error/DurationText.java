package uk.caseview.sdk.error;

import java.time.Duration;

/** "5 seconds", "2 minutes", "1 hour": durations as a caseworker says them. */
public final class DurationText {

    private DurationText() {}

    public static String of(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds == 0) {
            long millis = Math.max(0, d.toMillis());
            return millis + (millis == 1 ? " millisecond" : " milliseconds");
        }
        long tenths = (Math.max(0, d.toMillis()) % 1000) / 100;
        if (seconds < 10 && tenths > 0) {
            return seconds + "." + tenths + " seconds";
        }
        if (seconds < 120) {
            return plural(seconds, "second");
        }
        long minutes = seconds / 60;
        if (minutes < 120) {
            return plural(minutes, "minute");
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return plural(hours, "hour");
        }
        return plural(hours / 24, "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
