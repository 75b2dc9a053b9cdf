package uk.caseview.ui.panel;

import java.time.Clock;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.fx.BackgroundTasks;

/** What the shell hands a panel: the customer, the SDK, and a safe way to work off the FX thread. */
public interface PanelContext {

    /** The customer this panel's tab shows. */
    Nino nino();

    /** The SDK's clients, for reads a panel makes itself (a ledger, a document). Never call on the FX thread. */
    CaseviewApis apis();

    /** Runs blocking work off the FX thread and brings results back to it. */
    BackgroundTasks tasks();

    /** Fetch one source of this tab's view again, e.g. from an "unavailable" message's Retry. */
    void retry(Source source);

    Clock clock();

    /**
     * Where a panel's writes go (request evidence, upload a document): saved on disk before
     * {@code submit} returns, sent when the API can take them. Empty when this PC has no secure
     * store, in which case a panel hides its actions. Submit off the FX thread.
     */
    default java.util.Optional<uk.caseview.sdk.outbox.Outbox> outbox() {
        return java.util.Optional.empty();
    }

    /**
     * Whether the signed-in member of staff's roles grant this (the SDK's RoleMatrix). A panel
     * hides an action its user may not take; the server refuses it with 403 regardless.
     */
    boolean allows(uk.caseview.sdk.auth.Permission permission);

    /**
     * For what the audit trail must explain (revealing masked bank details, opening a restricted
     * record): asks the member of staff why, records the reason on this customer's trail, and runs
     * {@code granted} on the FX thread once the record is saved. Nothing happens if they cancel or
     * the reason cannot be recorded, so what is behind it stays hidden.
     *
     * @param question what the dialog asks, e.g. "Why do you need to see the full bank details?"
     */
    void withReason(uk.caseview.sdk.model.citizen.AuditAction action, String question, Runnable granted);

    /** Tells the agent the outcome of an action, in the shell's status line. */
    default void announce(String message) {}

    /** The outbox sent (or stopped) this receipt's write: the shell reports it as it does for its own. */
    default void track(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what) {}

    /**
     * As {@link #track(uk.caseview.sdk.outbox.OutboxReceipt, String)}, and once the service has
     * the write, the shell fetches {@code touched} again for this customer, so the panel shows the
     * service's own copy of what was just done without the caseworker pressing F5.
     */
    default void track(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what, Source touched) {
        track(receipt, what);
    }

    /** True when a workspace with this id is installed, so a panel can offer a way into it. */
    default boolean hasWorkspace(String workspaceId) {
        return false;
    }

    /** Opens (or focuses) a workspace, e.g. the debt workspace from the debt summary. */
    default void openWorkspace(String workspaceId) {}
}
