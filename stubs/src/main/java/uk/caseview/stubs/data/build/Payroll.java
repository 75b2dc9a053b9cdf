package uk.caseview.stubs.data.build;

import java.time.LocalDate;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.earnings.PayPeriod;

/**
 * Income tax and employee National Insurance for one pay period, on a simplified non-cumulative
 * basis with 2025-26 bands. Good enough for plausible payslips; not a payroll engine.
 */
public final class Payroll {

    private static final long PERSONAL_ALLOWANCE = 1_257_000;
    private static final long BASIC_BAND = 3_770_000;
    private static final long NI_UPPER = 5_027_000;

    private Payroll() {}

    public static PayPeriod period(LocalDate payDate, Frequency frequency, long grossPence, int pensionPercent,
            Integer hours) {
        int perYear = frequency.perYear();
        long taxable = grossPence - grossPence * pensionPercent / 100;
        long allowance = PERSONAL_ALLOWANCE / perYear;
        long basicTop = BASIC_BAND / perYear;
        long overAllowance = Math.max(0, taxable - allowance);
        long tax = Math.min(overAllowance, basicTop) * 20 / 100 + Math.max(0, overAllowance - basicTop) * 40 / 100;
        long niThreshold = PERSONAL_ALLOWANCE / perYear;
        long niUpper = NI_UPPER / perYear;
        long niable = Math.max(0, grossPence - niThreshold);
        long ni = Math.min(niable, niUpper - niThreshold) * 8 / 100 + Math.max(0, grossPence - niUpper) * 2 / 100;
        return new PayPeriod(payDate, taxYear(payDate), grossPence, taxable, tax, ni, hours);
    }

    /** "2025-26" for any date from 6 April 2025 to 5 April 2026. */
    public static String taxYear(LocalDate date) {
        int start = date.isBefore(LocalDate.of(date.getYear(), 4, 6)) ? date.getYear() - 1 : date.getYear();
        int end = (start + 1) % 100;
        return start + "-" + (end < 10 ? "0" + end : Integer.toString(end));
    }
}
