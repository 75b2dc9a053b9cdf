package uk.caseview.sdk.model.earnings;

import java.time.LocalDate;
import java.util.List;

/** The HMRC Real Time Information feed for one citizen over a window of pay dates. */
public record Earnings(
        String nino, LocalDate from, LocalDate to, List<Employment> employments, List<EarningsAlert> alerts) {

    public Earnings {
        employments = employments == null ? List.of() : List.copyOf(employments);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Earnings[redacted, employments=" + employments.size() + ", alerts=" + alerts.size() + "]";
    }
}
