package uk.caseview.sdk.repayment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a customer can afford, as of one day, all as monthly amounts in pence.
 *
 * @param netMonthlyEarningsPence average take-home pay a month over the RTI window
 * @param payPeriodsCounted how many RTI pay lines that average came from (0: no earnings seen)
 * @param monthlyAwardPence live benefit awards, before deductions
 * @param otherDeductionsMonthlyPence deductions already taken for other debts
 * @param standardAllowanceMonthlyPence the Universal Credit standard allowance for the band
 * @param capMonthlyPence the cap on all deductions from the standard allowance
 * @param deductionHeadroomMonthlyPence what is left under the cap for this debt (never below 0)
 */
public record Affordability(
        LocalDate asOf,
        Circumstance circumstance,
        long netMonthlyEarningsPence,
        int payPeriodsCounted,
        long monthlyAwardPence,
        long otherDeductionsMonthlyPence,
        long standardAllowanceMonthlyPence,
        BigDecimal capPercent,
        long capMonthlyPence,
        long deductionHeadroomMonthlyPence) {

    /** Earnings plus benefits, less what other deductions already take. */
    public long netMonthlyIncomePence() {
        return netMonthlyEarningsPence + monthlyAwardPence - otherDeductionsMonthlyPence;
    }

    /** Income above the standard allowance, which stands in for essential living costs; never below 0. */
    public long surplusMonthlyPence() {
        return Math.max(0, netMonthlyIncomePence() - standardAllowanceMonthlyPence);
    }
}
