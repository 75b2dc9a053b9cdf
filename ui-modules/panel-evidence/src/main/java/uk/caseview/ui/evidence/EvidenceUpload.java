package uk.caseview.ui.evidence;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.panel.PanelContext;

/**
 * Takes files from the file chooser or a drop, refuses what the API would refuse (type, size,
 * contents that don't match the name) with a reason, and queues the rest in the outbox. A file
 * answers the selected request when one is selected; otherwise it goes in as "other".
 */
final class EvidenceUpload {

    private final PanelContext context;
    private final Supplier<EvidenceItem> selected;
    private final Consumer<String> say;
    private final SayUntilSent sayUntilSent;

    /** Says one thing while an upload waits in the outbox and another once the service has it. */
    interface SayUntilSent {
        void say(String whileQueued, OutboxReceipt receipt, String onceSent);
    }

    EvidenceUpload(PanelContext context, Supplier<EvidenceItem> selected, Consumer<String> say,
            SayUntilSent sayUntilSent) {
        this.context = context;
        this.selected = selected;
        this.say = say;
        this.sayUntilSent = sayUntilSent;
    }

    void accept(List<File> files) {
        if (files.isEmpty()) {
            return;
        }
        if (files.size() > 1) {
            say.accept("Drop one file at a time, so each is matched to the right request.");
            return;
        }
        File file = files.get(0);
        EvidenceItem request = selected.get();
        boolean answersRequest = request != null && request.status() == EvidenceStatus.REQUESTED;
        EvidenceType type = answersRequest ? request.type() : EvidenceType.OTHER;
        String requestId = answersRequest ? request.evidenceId() : null;
        var outbox = context.outbox().orElseThrow();
        say.accept("Checking " + file.getName() + "…");
        context.tasks().run(() -> {
            long size = Files.size(file.toPath());
            UploadCheck.Result check = UploadCheck.check(file.getName(), size, head(file));
            if (!check.ok()) {
                return new Outcome(check.problem(), null);
            }
            byte[] content = Files.readAllBytes(file.toPath());
            var receipt = outbox.submit(WriteRequest.evidenceUpload(
                    context.nino(), type, requestId, file.getName(), check.mediaType(), content));
            return new Outcome(null, receipt);
        }, outcome -> {
            if (outcome.problem() != null) {
                say.accept(outcome.problem());
                return;
            }
            String target = answersRequest ? " against the request for " + EvidenceViewModel.describe(request) : "";
            sayUntilSent.say(file.getName() + " saved on this PC" + target + "; it will be uploaded when the service takes it.",
                    outcome.receipt(), file.getName() + " uploaded" + target + ".");
            context.track(outcome.receipt(), "Upload of " + file.getName(), uk.caseview.sdk.view.Source.EVIDENCE);
        }, error -> say.accept(error instanceof IOException
                ? file.getName() + " could not be read. Check it is not open elsewhere, then try again."
                : file.getName() + " could not be saved for upload. Try again."));
    }

    private record Outcome(String problem, OutboxReceipt receipt) {}

    private static byte[] head(File file) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return in.readNBytes(16);
        }
    }
}
