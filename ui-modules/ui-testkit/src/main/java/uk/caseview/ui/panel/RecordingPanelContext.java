package uk.caseview.ui.panel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.fx.BackgroundTasks;

/**
 * A PanelContext for panel tests: a fixed clock, work run on the calling thread, and a record
 * of what the panel asked the shell to do. It has no SDK: a panel test that needs one is
 * testing more than a panel.
 */
public final class RecordingPanelContext implements PanelContext {

    public static final Instant NOW = Instant.parse("2025-06-02T09:30:00Z");

    private final Nino nino;
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private final BackgroundTasks tasks;
    public final List<Source> retries = new ArrayList<>();
    public final List<String> workspacesOpened = new ArrayList<>();
    public final List<String> installedWorkspaces = new ArrayList<>();
    public final List<String> announcements = new ArrayList<>();
    public final List<String> tracked = new ArrayList<>();
    private uk.caseview.sdk.outbox.Outbox outbox;
    private CaseviewApis apis;
    /** What the signed-in user may do; everything unless a test takes something away. */
    public final java.util.Set<uk.caseview.sdk.auth.Permission> granted =
            java.util.EnumSet.allOf(uk.caseview.sdk.auth.Permission.class);

    public RecordingPanelContext(String nino) {
        this.nino = Nino.parse(nino);
        Executor direct = Runnable::run;
        this.tasks = new BackgroundTasks(direct, direct);
    }

    @Override
    public Nino nino() {
        return nino;
    }

    @Override
    public CaseviewApis apis() {
        if (apis == null) {
            throw new UnsupportedOperationException("panel tests run without an SDK");
        }
        return apis;
    }

    /** Give the panel API clients (usually lambdas standing in for one API) for reads it makes itself. */
    public RecordingPanelContext withApis(CaseviewApis apis) {
        this.apis = apis;
        return this;
    }

    @Override
    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public void retry(Source source) {
        retries.add(source);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** Give the panel an outbox (before it is created), so its actions appear. */
    public RecordingPanelContext withOutbox(uk.caseview.sdk.outbox.Outbox outbox) {
        this.outbox = outbox;
        return this;
    }

    @Override
    public java.util.Optional<uk.caseview.sdk.outbox.Outbox> outbox() {
        return java.util.Optional.ofNullable(outbox);
    }

    @Override
    public void announce(String message) {
        announcements.add(message);
    }

    @Override
    public void track(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what) {
        tracked.add(what);
    }

    @Override
    public boolean hasWorkspace(String workspaceId) {
        return installedWorkspaces.contains(workspaceId);
    }

    @Override
    public void openWorkspace(String workspaceId) {
        workspacesOpened.add(workspaceId);
    }

    @Override
    public boolean allows(uk.caseview.sdk.auth.Permission permission) {
        return granted.contains(permission);
    }

    /** What the panel asked a reason for, in order. */
    public final List<uk.caseview.sdk.model.citizen.AuditAction> reasonsAsked = new ArrayList<>();
    /** Whether the member of staff gives a reason when asked; a test sets false to play "Cancel". */
    public boolean givesReason = true;

    @Override
    public void withReason(uk.caseview.sdk.model.citizen.AuditAction action, String question, Runnable granted) {
        reasonsAsked.add(action);
        if (givesReason) {
            granted.run();
        }
    }
}
