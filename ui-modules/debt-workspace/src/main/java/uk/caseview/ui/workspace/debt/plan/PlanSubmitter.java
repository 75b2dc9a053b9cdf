package uk.caseview.ui.workspace.debt.plan;

import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;

/**
 * Sends an agreed plan to the debt service. Blocking: call off the FX thread. The idempotency key
 * is the caller's, so pressing "Agree plan" again after a failure can never agree it twice.
 */
public interface PlanSubmitter {

    enum Outcome {
        /** The debt service has the plan; {@code debt} is its answer. */
        SENT,
        /** The debt service could not be reached; the plan is kept and sent when it can be. */
        QUEUED
    }

    record Submitted(Outcome outcome, Debt debt) {}

    Submitted submit(String debtId, long debtVersion, RepaymentPlanRequest plan, String idempotencyKey) throws Exception;
}
