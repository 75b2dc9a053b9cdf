package uk.caseview.ui.workspace.debt.plan;

import java.util.function.Consumer;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;

/**
 * Hands an agreed plan to the debt service, directly or through the SDK's durable outbox. The plan
 * may pass through several stages (kept on this computer, waiting for the service, sent); the
 * first comes back from {@link #submit}, later ones go to {@code later}, on any thread.
 */
public interface PlanSubmitter {

    enum Stage {
        /** Saved on this computer and about to be sent. */
        QUEUED,
        /** Saved on this computer; the debt service could not be reached yet and it will be tried again. */
        WAITING_FOR_SERVICE,
        /** The debt service has the plan; {@code debt} is its answer when there is one. */
        SENT,
        /** The debt service refused it or someone changed the debt first; a person must look. */
        NEEDS_ATTENTION
    }

    /**
     * @param message for NEEDS_ATTENTION, what went wrong in a caseworker's words
     * @param idempotencyKey the key the plan is (or will be) sent with
     */
    record Progress(Stage stage, Debt debt, String message, String idempotencyKey) {}

    /**
     * Blocking (disk or network): call off the FX thread.
     *
     * @param idempotencyKey a key the caller keeps for these terms, so pressing "Agree plan" again after a
     *     failure can't agree the plan twice; a submitter that issues its own keys (the outbox) may ignore it
     */
    Progress submit(Nino nino, String debtId, long debtVersion, RepaymentPlanRequest plan, String idempotencyKey,
            Consumer<Progress> later) throws Exception;
}
