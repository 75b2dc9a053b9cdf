package uk.caseview.sdk.model.earnings;

import java.time.LocalDate;

/** One RTI Full Payment Submission line for one employee. Amounts in pence. */
public record PayPeriod(
        LocalDate payDate,
        String taxYear,
        long grossPence,
        long taxablePence,
        long taxPence,
        long niPence,
        Integer hoursWorked) {

    /** Take-home pay: gross less income tax and National Insurance. */
    public long netPence() {
        return grossPence - taxPence - niPence;
    }
}
