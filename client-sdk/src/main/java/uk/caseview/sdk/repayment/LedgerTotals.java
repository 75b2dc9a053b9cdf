package uk.caseview.sdk.repayment;

/**
 * What moved a debt's balance, by kind. Recoveries and write-offs are positive amounts taken off;
 * adjustments keep their sign (positive raised the balance).
 */
public record LedgerTotals(
        long raisedPence,
        long recoveredByDeductionPence,
        long recoveredByDirectPaymentPence,
        long adjustmentsPence,
        long writtenOffPence,
        int missedPayments) {

    public long recoveredPence() {
        return recoveredByDeductionPence + recoveredByDirectPaymentPence;
    }
}
