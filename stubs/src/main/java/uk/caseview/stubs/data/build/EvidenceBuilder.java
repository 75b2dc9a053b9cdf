package uk.caseview.stubs.data.build;

import java.time.LocalDate;
import java.util.Locale;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.stubs.content.EvidenceDocuments;

/** Evidence list entries whose file name and size match the document the content endpoint serves. */
public final class EvidenceBuilder {

    private EvidenceBuilder() {}

    public static EvidenceItem requested(String id, EvidenceType type, String description, LocalDate requestedOn,
            LocalDate dueBy) {
        return new EvidenceItem(id, type, description, EvidenceStatus.REQUESTED, requestedOn, dueBy, null, null, null,
                null, null);
    }

    /** A received, verified or rejected document, with its file. */
    public static EvidenceItem withFile(String id, EvidenceType type, String description, EvidenceStatus status,
            LocalDate requestedOn, LocalDate dueBy, LocalDate receivedOn, String mediaType, String rejectionReason) {
        byte[] content = EvidenceDocuments.render(id, mediaType, title(type), description);
        String extension = EvidenceDocuments.PNG.equals(mediaType) ? ".png" : ".pdf";
        String fileName = type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + receivedOn + extension;
        return new EvidenceItem(id, type, description, status, requestedOn, dueBy, receivedOn, fileName, mediaType,
                (long) content.length, rejectionReason);
    }

    public static String title(EvidenceType type) {
        return switch (type) {
            case PAYSLIP -> "Payslip";
            case BANK_STATEMENT -> "Bank statement";
            case TENANCY_AGREEMENT -> "Tenancy agreement";
            case FIT_NOTE -> "Fit note";
            case CHILDCARE_INVOICE -> "Childcare invoice";
            case IDENTITY_DOCUMENT -> "Identity document";
            case PROOF_OF_ADDRESS -> "Proof of address";
            default -> "Document";
        };
    }
}
