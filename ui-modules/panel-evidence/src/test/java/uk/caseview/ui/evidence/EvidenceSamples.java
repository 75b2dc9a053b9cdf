package uk.caseview.ui.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;

final class EvidenceSamples {

    /** RecordingPanelContext's clock reads 2 Jun 2025. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private EvidenceSamples() {}

    static EvidenceItem overduePayslip() {
        return new EvidenceItem("E1", EvidenceType.PAYSLIP, "May payslip", EvidenceStatus.REQUESTED,
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 20), null, null, null, null, null);
    }

    static EvidenceItem requestedTenancy() {
        return new EvidenceItem("E2", EvidenceType.TENANCY_AGREEMENT, null, EvidenceStatus.REQUESTED,
                LocalDate.of(2025, 5, 28), LocalDate.of(2025, 6, 20), null, null, null, null, null);
    }

    static EvidenceItem verifiedStatement() {
        return new EvidenceItem("E3", EvidenceType.BANK_STATEMENT, "April statement", EvidenceStatus.VERIFIED,
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 10),
                "statement-april.pdf", "application/pdf", 245_760L, null);
    }

    static EvidenceItem rejectedId() {
        return new EvidenceItem("E4", EvidenceType.IDENTITY_DOCUMENT, "Passport", EvidenceStatus.REJECTED,
                LocalDate.of(2025, 3, 1), null, LocalDate.of(2025, 3, 5), "passport.jpg", "image/jpeg",
                3_250_000L, "Expired");
    }

    static EvidenceList four() {
        return new EvidenceList("ZX000001A", List.of(verifiedStatement(), requestedTenancy(), rejectedId(), overduePayslip()));
    }

    /** One document in each status the table shows, "Overdue" among them, with wide dates and a long file name. */
    static EvidenceList everyStatus() {
        List<EvidenceItem> items = new ArrayList<>();
        items.add(new EvidenceItem("S1", EvidenceType.PAYSLIP, "Payslips for November from Severnside Care Ltd",
                EvidenceStatus.REQUESTED, LocalDate.of(2025, 4, 28), LocalDate.of(2025, 5, 28), null, null, null, null, null));
        items.add(new EvidenceItem("S2", EvidenceType.TENANCY_AGREEMENT, "Current tenancy", EvidenceStatus.REQUESTED,
                LocalDate.of(2025, 5, 28), LocalDate.of(2025, 11, 28), null, null, null, null, null));
        items.add(new EvidenceItem("S3", EvidenceType.FIT_NOTE, "Fit note from GP", EvidenceStatus.RECEIVED,
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 22), LocalDate.of(2025, 5, 28),
                "fit-note-2025-05-28-scan.pdf", "application/pdf", 1_245_760L, null));
        items.add(new EvidenceItem("S4", EvidenceType.BANK_STATEMENT, "April statement", EvidenceStatus.VERIFIED,
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 10),
                "statement-april.pdf", "application/pdf", 245_760L, null));
        items.add(new EvidenceItem("S5", EvidenceType.IDENTITY_DOCUMENT, "Passport", EvidenceStatus.REJECTED,
                LocalDate.of(2025, 3, 1), null, LocalDate.of(2025, 3, 5), "passport.jpg", "image/jpeg",
                3_250_000L, "Expired"));
        items.add(new EvidenceItem("S6", EvidenceType.OTHER, null, EvidenceStatus.UNKNOWN,
                LocalDate.of(2025, 2, 28), null, null, null, null, null, null));
        return new EvidenceList("ZX000001A", items);
    }

    static EvidenceList many(int n) {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new EvidenceItem("M" + i, EvidenceType.OTHER, "Doc " + i,
                    i % 2 == 0 ? EvidenceStatus.VERIFIED : EvidenceStatus.REQUESTED,
                    TODAY.minusDays(i + 30), TODAY.minusDays(i % 7 - 3), null, null, null, null, null));
        }
        return new EvidenceList("ZX000001A", items);
    }
}
