package uk.caseview.app.shell;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.panel.PanelContext;

/** What one customer tab hands each of its panels. */
record ShellPanelContext(
        Nino nino,
        CaseviewApis apis,
        BackgroundTasks tasks,
        Consumer<Source> retrySource,
        Clock clock,
        Predicate<String> workspaceInstalled,
        Consumer<String> workspaceOpener,
        java.util.Optional<uk.caseview.sdk.outbox.Outbox> outbox,
        Consumer<String> announcer,
        WriteTracker tracker,
        Predicate<uk.caseview.sdk.auth.Permission> permissions,
        uk.caseview.app.audit.ReasonGate reasons)
        implements PanelContext {

    @Override
    public void withReason(uk.caseview.sdk.model.citizen.AuditAction action, String question, Runnable granted) {
        reasons.ask(nino, action, question, granted);
    }

    @Override
    public boolean allows(uk.caseview.sdk.auth.Permission permission) {
        return permissions.test(permission);
    }

    @Override
    public void announce(String message) {
        announcer.accept(message);
    }

    /** Follows a write for the caseworker; {@code touched} (or null) is fetched again once it is sent. */
    interface WriteTracker {
        void track(Nino nino, uk.caseview.sdk.outbox.OutboxReceipt receipt, String what, Source touched);
    }

    @Override
    public void track(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what) {
        tracker.track(nino, receipt, what, null);
    }

    @Override
    public void track(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what, Source touched) {
        tracker.track(nino, receipt, what, touched);
    }

    @Override
    public void retry(Source source) {
        retrySource.accept(source);
    }

    @Override
    public boolean hasWorkspace(String workspaceId) {
        return workspaceInstalled.test(workspaceId);
    }

    @Override
    public void openWorkspace(String workspaceId) {
        workspaceOpener.accept(workspaceId);
    }

    @Override
    public String toString() {
        return "ShellPanelContext[redacted]";
    }
}
