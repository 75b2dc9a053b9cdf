package uk.caseview.ui.workspace.debt;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.workspace.WorkspaceContext;

/** What the shell would hand the workspace, with "open customer" recorded instead of opening a tab. */
public final class TestWorkspaceContext implements WorkspaceContext {

    private final CaseviewApis apis;
    private final BackgroundTasks tasks;
    private final Clock clock;
    public final List<Nino> customersOpened = new CopyOnWriteArrayList<>();
    /** What the workspace told the shell it put in the outbox, as "what: receipt id". */
    public final List<String> savedWrites = new CopyOnWriteArrayList<>();

    private final Outbox outbox;
    /** What the signed-in user may do; everything unless a test takes something away. */
    public final java.util.Set<uk.caseview.sdk.auth.Permission> granted =
            java.util.EnumSet.allOf(uk.caseview.sdk.auth.Permission.class);

    public TestWorkspaceContext(CaseviewApis apis, BackgroundTasks tasks, Clock clock) {
        this(apis, tasks, clock, null);
    }

    public TestWorkspaceContext(CaseviewApis apis, BackgroundTasks tasks, Clock clock, Outbox outbox) {
        this.apis = apis;
        this.tasks = tasks;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public Optional<Outbox> outbox() {
        return Optional.ofNullable(outbox);
    }

    @Override
    public CaseviewApis apis() {
        return apis;
    }

    @Override
    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public void openCustomer(Nino nino) {
        customersOpened.add(nino);
    }

    @Override
    public void saved(OutboxReceipt receipt, String what) {
        savedWrites.add(what + ": " + receipt.id());
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public boolean allows(uk.caseview.sdk.auth.Permission permission) {
        return granted.contains(permission);
    }
}
