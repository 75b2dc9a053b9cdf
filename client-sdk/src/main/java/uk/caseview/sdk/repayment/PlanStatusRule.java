package uk.caseview.sdk.repayment;

/**
 * When missed instalments make a plan broken: {@code consecutiveMisses} in a row, or
 * {@code missesInWindow} among any {@code windowInstalments} instalments in a row.
 */
public record PlanStatusRule(int consecutiveMisses, int missesInWindow, int windowInstalments) {

    public PlanStatusRule {
        if (consecutiveMisses < 1 || missesInWindow < 1 || windowInstalments < missesInWindow) {
            throw new ReferenceDataException("The plan status rule must have counts of at least 1 and a window"
                    + " at least as long as its miss count.");
        }
    }
}
