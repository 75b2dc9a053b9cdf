package uk.caseview.sdk.repayment;

import uk.caseview.sdk.model.debt.PlanStatus;

/**
 * A plan's status as derived from its ledger, with the counts behind it so the screen can say why.
 *
 * @param instalmentsSeen paid or missed instalments on the ledger since the plan started
 * @param arrearsPence what was due since the plan started but has not been paid; 0 when up to date
 */
public record PlanStanding(
        PlanStatus status,
        int instalmentsSeen,
        int missed,
        int longestMissedRun,
        int mostMissedInWindow,
        long arrearsPence,
        String explanation) {}
