package uk.caseview.sdk.repayment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;

/**
 * Works out affordability from RTI net pay and benefit awards, and proposes a first instalment.
 *
 * <p>By deduction, the proposal is what is left under the cap on deductions from the standard
 * allowance after the customer's other deductions. By direct payment, it is a share (reference
 * data) of income above the standard allowance: a first offer, not an income and expenditure
 * assessment, which the caseworker adjusts with the customer.
 */
public final class AffordabilityCalculator {

    private final RecoveryReferenceData rules;

    public AffordabilityCalculator(RecoveryReferenceData rules) {
        this.rules = rules;
    }

    /**
     * @param earnings the RTI feed, or null if it could not be fetched (treated as no earnings)
     * @param awards the customer's awards, or null if unknown (treated as none)
     * @param debtId this debt: its own current deduction does not count against the cap, as the new plan replaces it
     * @param circumstance the standard allowance band, or null if not yet known (no cap then)
     */
    public Affordability assess(
            Earnings earnings, Awards awards, String debtId, Circumstance circumstance, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int window = rules.earningsWindowMonths();
        LocalDate windowStart = asOf.minusMonths(window);
        long netInWindow = 0;
        int periods = 0;
        if (earnings != null) {
            for (Employment job : earnings.employments()) {
                for (PayPeriod p : job.periods()) {
                    if (p.payDate() != null && !p.payDate().isBefore(windowStart) && p.payDate().isBefore(asOf)) {
                        netInWindow += p.netPence();
                        periods++;
                    }
                }
            }
        }
        long netMonthly = Math.floorDiv(netInWindow, (long) window);

        long awardMonthly = 0;
        long otherDeductions = 0;
        if (awards != null) {
            for (Award award : awards.awards()) {
                if (award.status() != Award.Status.LIVE || !knownFrequency(award.frequency())) {
                    continue;
                }
                awardMonthly += Pence.monthlyEquivalent(award.amountPence(), award.frequency());
                for (Deduction d : award.deductions()) {
                    if (debtId == null || !debtId.equals(d.debtId())) {
                        otherDeductions += Pence.monthlyEquivalent(d.amountPence(), award.frequency());
                    }
                }
            }
        }

        long allowance = 0;
        BigDecimal capPercent = rules.deductionCapPercent(asOf);
        long cap = 0;
        if (circumstance != null) {
            allowance = rules.standardAllowanceMonthlyPence(circumstance, asOf);
            cap = rules.deductionCapMonthlyPence(circumstance, asOf);
        }
        return new Affordability(asOf, circumstance, netMonthly, periods, awardMonthly, otherDeductions, allowance,
                capPercent, cap, Math.max(0, cap - otherDeductions));
    }

    /**
     * The first instalment to offer, at {@code frequency}, for a plan starting on {@code start}.
     * By deduction it stays under the lowest cap in force over the longest plan allowed, so the
     * calculator never rejects it for the cap.
     */
    public Proposal propose(
            Affordability a, long balancePence, RecoveryMethod method, Frequency frequency, LocalDate start) {
        if (!knownFrequency(frequency)) {
            return new Proposal(0, frequency, "Choose how often the instalment is paid.");
        }
        if (a.circumstance() == null) {
            return new Proposal(0, frequency, "Choose the customer's standard allowance band to see a proposal.");
        }
        if (method == RecoveryMethod.BENEFIT_DEDUCTION) {
            return byDeduction(a, balancePence, frequency, start);
        }
        return byDirectPayment(a, balancePence, frequency, start);
    }

    private Proposal byDeduction(Affordability a, long balance, Frequency f, LocalDate start) {
        LocalDate last = start.plusMonths(rules.maximumPlanMonths(start));
        long capAtStart = rules.deductionCapMonthlyPence(a.circumstance(), start);
        long cap = rules.lowestDeductionCapMonthlyPence(a.circumstance(), start, last);
        long headroom = cap - a.otherDeductionsMonthlyPence();
        String capText = rules.deductionCapPercent(start).stripTrailingZeros().toPlainString() + "% cap on the "
                + Pence.format(rules.standardAllowanceMonthlyPence(a.circumstance(), start)) + " standard allowance is "
                + Pence.format(capAtStart) + " a month"
                + (cap < capAtStart ? ", falling to " + Pence.format(cap) + " a month during the plan" : "");
        if (headroom <= 0) {
            return new Proposal(0, f, "The " + capText + ", and other deductions of "
                    + Pence.format(a.otherDeductionsMonthlyPence()) + " a month already use it all.");
        }
        long perPeriod = Math.min(balance, Pence.perPeriodFromMonthly(headroom, f));
        String others = a.otherDeductionsMonthlyPence() > 0
                ? "; other deductions take " + Pence.format(a.otherDeductionsMonthlyPence()) + ", leaving "
                        + Pence.format(headroom) + " a month"
                : "";
        return new Proposal(perPeriod, f, "The " + capText + others + ".");
    }

    private Proposal byDirectPayment(Affordability a, long balance, Frequency f, LocalDate start) {
        long minimumMonthly = rules.minimumInstalmentMonthlyPence(start);
        long minimumHere = Math.ceilDiv(Math.multiplyExact(minimumMonthly, 12L), (long) f.perYear());
        BigDecimal share = rules.directPaymentSharePercent(start);
        long offeredMonthly = RecoveryReferenceData.percentOf(a.surplusMonthlyPence(), share);
        long perPeriod = Pence.perPeriodFromMonthly(offeredMonthly, f) / 100 * 100; // whole pounds: easier to pay
        String working = "Net income " + Pence.format(a.netMonthlyIncomePence()) + " a month (earnings "
                + Pence.format(a.netMonthlyEarningsPence()) + ", benefits " + Pence.format(a.monthlyAwardPence())
                + (a.otherDeductionsMonthlyPence() > 0
                        ? ", less " + Pence.format(a.otherDeductionsMonthlyPence()) + " of deductions"
                        : "")
                + ") less the " + Pence.format(a.standardAllowanceMonthlyPence()) + " standard allowance leaves "
                + Pence.format(a.surplusMonthlyPence()) + "; " + share.stripTrailingZeros().toPlainString()
                + "% of that is " + Pence.format(offeredMonthly) + " a month.";
        if (perPeriod < minimumHere) {
            return new Proposal(Math.min(balance, minimumHere), f,
                    working + " That is under the minimum, so the minimum is offered; consider a hardship review.");
        }
        return new Proposal(Math.min(balance, perPeriod), f, working);
    }

    private static boolean knownFrequency(Frequency f) {
        return f != null && f.perYear() > 0;
    }
}
