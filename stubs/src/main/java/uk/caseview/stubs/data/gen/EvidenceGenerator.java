package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.stubs.content.EvidenceDocuments;
import uk.caseview.stubs.data.Ids;
import uk.caseview.stubs.data.Seeds;
import uk.caseview.stubs.data.build.EvidenceBuilder;

/** Documents asked of and sent by a generated citizen, in every state, some overdue. */
public final class EvidenceGenerator {

    static final List<String> REJECTIONS = List.of(
            "Image unreadable: please send a clearer copy.",
            "Document is more than three months old.",
            "Name on the document does not match our records.",
            "Only one page of a multi-page document was sent.");

    private final long seed;
    private final LocalDate today;

    public EvidenceGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public List<EvidenceItem> evidence(Profile p) {
        SplittableRandom rng = Seeds.stream(seed, p.identity().index(), Seeds.EVIDENCE);
        int r = rng.nextInt(100);
        int count = r < 30 ? 0 : r < 55 ? 1 : r < 75 ? 2 : r < 90 ? 3 : 4 + rng.nextInt(3);
        List<EvidenceType> relevant = relevantTypes(p);
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EvidenceType type = relevant.get(rng.nextInt(relevant.size()));
            items.add(item(Ids.evidenceId(p.identity().index(), i + 1), type, rng, today));
        }
        return List.copyOf(items);
    }

    /** One document in a random state, from requested (sometimes overdue) to verified or rejected. */
    public static EvidenceItem item(String id, EvidenceType type, SplittableRandom rng, LocalDate today) {
        LocalDate requested = today.minusDays(3 + rng.nextInt(400));
        LocalDate due = requested.plusDays(14 + rng.nextInt(17));
        String description = describe(type, requested);
        int s = rng.nextInt(100);
        if (s < 22) {
            return EvidenceBuilder.requested(id, type, description, requested, due);
        }
        LocalDate received = requested.plusDays(1 + rng.nextInt(20));
        if (received.isAfter(today)) {
            received = today;
        }
        String media = rng.nextInt(100) < 70 ? EvidenceDocuments.PDF : EvidenceDocuments.PNG;
        EvidenceStatus status = s < 48 ? EvidenceStatus.RECEIVED : s < 86 ? EvidenceStatus.VERIFIED
                : EvidenceStatus.REJECTED;
        String rejection = status == EvidenceStatus.REJECTED ? REJECTIONS.get(rng.nextInt(REJECTIONS.size())) : null;
        return EvidenceBuilder.withFile(id, type, description, status, requested, due, received, media, rejection);
    }

    static String describe(EvidenceType type, LocalDate around) {
        return switch (type) {
            case PAYSLIP -> "Payslips for " + around.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.UK) + " " + around.getYear();
            case BANK_STATEMENT -> "Bank statements covering the last three months";
            case TENANCY_AGREEMENT -> "Current tenancy agreement showing the rent";
            case FIT_NOTE -> "Fit note from GP";
            case CHILDCARE_INVOICE -> "Childcare invoice and proof of payment";
            case IDENTITY_DOCUMENT -> "Photo identity document";
            case PROOF_OF_ADDRESS -> "Proof of address dated in the last three months";
            default -> "Supporting document";
        };
    }

    private static List<EvidenceType> relevantTypes(Profile p) {
        List<EvidenceType> types = new ArrayList<>(List.of(EvidenceType.BANK_STATEMENT,
                EvidenceType.IDENTITY_DOCUMENT, EvidenceType.PROOF_OF_ADDRESS));
        if (p.employed()) {
            types.add(EvidenceType.PAYSLIP);
            types.add(EvidenceType.PAYSLIP);
        }
        if (p.claim(Benefit.UNIVERSAL_CREDIT) != null) {
            types.add(EvidenceType.TENANCY_AGREEMENT);
            types.add(EvidenceType.FIT_NOTE);
        }
        if (!p.dependants().isEmpty()) {
            types.add(EvidenceType.CHILDCARE_INVOICE);
        }
        return types;
    }
}
