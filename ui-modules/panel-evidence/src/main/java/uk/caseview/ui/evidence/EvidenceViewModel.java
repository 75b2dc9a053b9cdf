package uk.caseview.ui.evidence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.ui.format.Labels;
import uk.caseview.ui.theme.Tone;

/** Evidence rows, filter counts and wording, without nodes. */
final class EvidenceViewModel {

    private static final String OVERDUE = "Overdue";

    private EvidenceViewModel() {}

    /** Overdue first (oldest due date first), then newest activity first. */
    static List<EvidenceItem> ordered(EvidenceList list, LocalDate today) {
        Comparator<EvidenceItem> overdueFirst = Comparator.comparing((EvidenceItem i) -> !i.isOverdueOn(today));
        Comparator<EvidenceItem> byDue = Comparator.comparing(
                (EvidenceItem i) -> i.isOverdueOn(today) ? i.dueBy() : null, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<EvidenceItem> newest = Comparator.comparing(EvidenceViewModel::lastActivity,
                Comparator.nullsLast(Comparator.reverseOrder()));
        return list.items().stream().sorted(overdueFirst.thenComparing(byDue).thenComparing(newest)).toList();
    }

    static Map<EvidenceFilter, Integer> counts(List<EvidenceItem> items, LocalDate today) {
        Map<EvidenceFilter, Integer> counts = new EnumMap<>(EvidenceFilter.class);
        for (EvidenceFilter f : EvidenceFilter.values()) {
            counts.put(f, (int) items.stream().filter(i -> f.accepts(i, today)).count());
        }
        return counts;
    }

    static LocalDate lastActivity(EvidenceItem item) {
        return item.receivedOn() != null ? item.receivedOn() : item.requestedOn();
    }

    static String statusText(EvidenceItem item, LocalDate today) {
        return item.isOverdueOn(today) ? OVERDUE : Labels.humanise(item.status());
    }

    /** Every status the table can show, so its column keeps room for the longest ("Requested"). */
    static List<String> statusLabels() {
        List<String> labels = new java.util.ArrayList<>(List.of(OVERDUE));
        for (EvidenceStatus status : EvidenceStatus.values()) {
            labels.add(Labels.humanise(status));
        }
        return List.copyOf(labels);
    }

    static Tone tone(EvidenceItem item, LocalDate today) {
        if (item.isOverdueOn(today)) {
            return Tone.DANGER;
        }
        return switch (item.status()) {
            case REQUESTED -> Tone.INFO;
            case RECEIVED -> Tone.WARNING;
            case VERIFIED -> Tone.SUCCESS;
            case REJECTED -> Tone.DANGER;
            case UNKNOWN -> Tone.NEUTRAL;
        };
    }

    static String describe(EvidenceItem item) {
        String type = Labels.humanise(item.type());
        return item.description() == null || item.description().isBlank() ? type : type + ": " + item.description();
    }

    /** "payslip-may.pdf (240 KB)" or "Not received". */
    static String file(EvidenceItem item) {
        if (item.fileName() == null) {
            return item.status() == EvidenceStatus.REQUESTED ? "Not received" : "–";
        }
        return item.sizeBytes() == null ? item.fileName() : item.fileName() + " (" + size(item.sizeBytes()) + ")";
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        long tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
        return tenths / 10 + "." + tenths % 10 + " MB";
    }
}
