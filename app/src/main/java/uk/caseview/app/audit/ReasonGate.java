package uk.caseview.app.audit;

import java.util.function.Supplier;
import javafx.stage.Window;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.AuditAction;
import uk.caseview.ui.theme.Theme;

/**
 * What stands in front of a restricted record or masked bank details: a reason is asked for,
 * recorded on the customer's audit trail, and only once it is saved is the thing shown.
 */
public final class ReasonGate {

    private final Supplier<Window> owner;
    private final Theme theme;
    private final AuditRecorder recorder;

    public ReasonGate(Supplier<Window> owner, Theme theme, AuditRecorder recorder) {
        this.owner = owner;
        this.theme = theme;
        this.recorder = recorder;
    }

    /** Shows the reason dialog; {@code granted} runs on the FX thread once the reason is recorded. */
    public void ask(Nino nino, AuditAction action, String question, Runnable granted) {
        new ReasonDialog(owner.get(), theme, question, (reason, done) -> recorder.record(nino, action, reason,
                () -> {
                    done.accept(null);
                    granted.run();
                }, done)).show();
    }
}
