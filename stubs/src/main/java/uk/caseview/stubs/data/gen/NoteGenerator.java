package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.stubs.data.Seeds;

/** A few past contact notes, written the way caseworkers write them. Authors are staff ids, not names. */
public final class NoteGenerator {

    static final List<String> TEXTS = List.of(
            "Customer called about the date of their next payment. Confirmed and explained the assessment period.",
            "Called to report a change of address. Advised to update the online account; will follow up.",
            "Discussed the overpayment letter. Customer disputes the amount; explained the mandatory reconsideration route.",
            "Customer asked how to send payslips. Explained upload via the online account or by post.",
            "Outbound call to agree a repayment plan. No answer, voicemail left.",
            "Customer in branch to provide identity documents. Copies taken and sent for verification.",
            "Webchat: customer asked why their payment was lower this month. Explained the earnings taper.",
            "Letter received asking for a breakdown of the debt. Ledger summary sent.");

    private final long seed;
    private final LocalDate today;

    public NoteGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public List<ContactNote> notes(int index, int key) {
        SplittableRandom rng = Seeds.stream(seed, index, Seeds.NOTES);
        int count = rng.nextInt(4);
        List<ContactNote> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ContactChannel channel = ContactChannel.values()[rng.nextInt(5)];
            notes.add(new ContactNote("N" + key + "-" + (i + 1),
                    today.minusDays(1 + rng.nextInt(500)).atTime(8 + rng.nextInt(10), rng.nextInt(60))
                            .toInstant(ZoneOffset.UTC),
                    TEXTS.get(rng.nextInt(TEXTS.size())), channel, "AGENT" + (1000 + rng.nextInt(9000))));
        }
        notes.sort(Comparator.comparing(ContactNote::recordedAt).reversed());
        return List.copyOf(notes);
    }
}
