package uk.caseview.sdk.view;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The pay dates an earnings request covers, both ends included. */
public record EarningsWindow(LocalDate from, LocalDate to) {

    /** Pay dates are UK dates: "today" is today in London, whatever the machine's zone. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public EarningsWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The earnings window must start on or before its end");
        }
    }

    /** The default a caseworker sees first: the last 12 months up to today. */
    public static EarningsWindow lastTwelveMonths(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        return new EarningsWindow(today.minusMonths(12), today);
    }
}
