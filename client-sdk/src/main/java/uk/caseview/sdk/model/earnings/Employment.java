package uk.caseview.sdk.model.earnings;

import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.Frequency;

public record Employment(
        String employerName,
        String payeReference,
        Frequency payFrequency,
        LocalDate startDate,
        LocalDate endDate,
        boolean zeroHours,
        List<PayPeriod> periods) {

    public Employment {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
