package uk.caseview.ui.workspace.debt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxEntry;
import uk.caseview.sdk.outbox.OutboxEvent;
import uk.caseview.sdk.outbox.OutboxListener;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.sdk.outbox.WriteRequest;

/**
 * Agrees a plan through the SDK's durable outbox: {@link #submit} returns once the plan is on disk
 * (encrypted), and the outbox sends it with its own idempotency key, retrying while the debt
 * service is down. Each change of the plan's entry is reported as a {@link Progress}.
 */
public final class OutboxPlanSubmitter implements PlanSubmitter {

    private final Outbox outbox;
    private final Consumer<OutboxReceipt> onSaved;

    public OutboxPlanSubmitter(Outbox outbox) {
        this(outbox, receipt -> { });
    }

    /** {@code onSaved} hears of each plan once it is on disk (on the submitting thread), e.g. to tell the shell. */
    public OutboxPlanSubmitter(Outbox outbox, Consumer<OutboxReceipt> onSaved) {
        this.outbox = outbox;
        this.onSaved = onSaved;
    }

    @Override
    public Progress submit(Nino nino, String debtId, long debtVersion, RepaymentPlanRequest plan,
            String idempotencyKey, Consumer<Progress> later) {
        Watch watch = new Watch(later);
        // Listen first: the sender may deliver the plan before submit() has even returned its receipt.
        outbox.addListener(watch);
        OutboxReceipt receipt;
        try {
            receipt = outbox.submit(WriteRequest.repaymentPlan(nino, debtId, plan, ETags.of(debtVersion)));
        } catch (RuntimeException e) {
            outbox.removeListener(watch);
            throw e;
        }
        // Before following: the stages replayed or heard from now on come after the shell has heard of the plan.
        onSaved.accept(receipt);
        watch.following(receipt);
        return new Progress(Stage.QUEUED, null, null, receipt.idempotencyKey());
    }

    /** Follows one entry; events that arrive before its id is known are held, then replayed. */
    private final class Watch implements OutboxListener {
        private final Consumer<Progress> later;
        private final List<OutboxEvent> early = new ArrayList<>();
        private OutboxReceipt receipt;

        Watch(Consumer<Progress> later) {
            this.later = later;
        }

        @Override
        public void onChange(OutboxEvent event) {
            synchronized (this) {
                if (receipt == null) {
                    early.add(event);
                    return;
                }
            }
            handle(event);
        }

        void following(OutboxReceipt r) {
            List<OutboxEvent> held;
            synchronized (this) {
                receipt = r;
                held = List.copyOf(early);
                early.clear();
            }
            held.forEach(this::handle);
        }

        private void handle(OutboxEvent event) {
            OutboxEntry entry = event.entry();
            if (entry == null || !entry.id().equals(receipt.id())) {
                return;
            }
            String key = receipt.idempotencyKey();
            switch (entry.status()) {
                case QUEUED -> {
                    if (entry.attempts() > 0) {
                        later.accept(new Progress(Stage.WAITING_FOR_SERVICE, null, null, key));
                    }
                }
                case SENT -> {
                    outbox.removeListener(this);
                    later.accept(new Progress(Stage.SENT, event.response() instanceof Debt d ? d : null, null, key));
                }
                case NEEDS_ATTENTION, CONFLICT -> later.accept(new Progress(Stage.NEEDS_ATTENTION, null,
                        entry.message(), key));
                case DISCARDED -> {
                    outbox.removeListener(this);
                    later.accept(new Progress(Stage.NEEDS_ATTENTION, null,
                            "The plan was discarded from the unsent changes; it was not agreed.", key));
                }
            }
        }
    }
}
