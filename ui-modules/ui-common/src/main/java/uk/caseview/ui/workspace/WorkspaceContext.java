package uk.caseview.ui.workspace;

import java.time.Clock;
import java.util.Optional;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.ui.fx.BackgroundTasks;

/** What the shell hands a workspace. */
public interface WorkspaceContext {

    /** The SDK's clients. Never call on the FX thread; use {@link #tasks()}. */
    CaseviewApis apis();

    BackgroundTasks tasks();

    /** Opens (or focuses) the customer's single view in the shell. */
    void openCustomer(Nino nino);

    Clock clock();

    /** Whether the signed-in member of staff's roles grant this; hide what they don't (the server refuses it anyway). */
    boolean allows(uk.caseview.sdk.auth.Permission permission);

    /**
     * The SDK's durable write outbox, when the shell's SDK has one (it needs a data directory).
     * Writes made through it survive the API being down or the app closing.
     */
    default Optional<Outbox> outbox() {
        return Optional.empty();
    }

    /**
     * A write this workspace put in the {@link #outbox()}, named for a caseworker ("Repayment plan"): the shell's
     * status bar says it is saved on this PC and, later, that it was sent or needs attention, as it does for the
     * customer screens' own writes ({@code PanelContext.track}). Call on the FX thread.
     */
    default void saved(OutboxReceipt receipt, String what) {}
}
