package uk.caseview.sdk.auth;

import java.util.List;

/**
 * What a member of staff may do, each naming the contract operations ({@code operationId}s) it
 * covers. The stub server refuses an operation with 403 unless the caller's roles grant its
 * permission, and the client hides what the signed-in user's roles do not grant; both read
 * {@link RoleMatrix}, so the two sides cannot drift apart.
 */
public enum Permission {
    VIEW_CUSTOMER("Open and read a customer's record",
            "getCitizen", "traceCitizens", "listContactNotes", "getEarnings", "getAwards", "getDebts",
            "getDebtTransactions", "listEvidence", "getEvidenceContent", "listNotifications"),
    UPDATE_CONTACT_DETAILS("Update contact details or record a move",
            "updateContactDetails", "recordAddressChange"),
    RECORD_CONTACT_NOTE("Record a contact note", "recordContactNote"),
    SEND_NOTIFICATION("Send the customer a notification", "sendNotification", "previewNotification"),
    REQUEST_EVIDENCE("Request or upload evidence", "requestEvidence", "uploadEvidence"),
    VERIFY_EVIDENCE("Mark evidence verified or rejected", "verifyEvidence"),
    AGREE_REPAYMENT_PLAN("Agree a repayment plan", "agreeRepaymentPlan"),
    WORK_DEBT_CASELOAD("Work the debt team's caseload", "getDebtWorklist"),
    RECORD_AUDIT_EVENT("Record an audit event (every user, for every record opened)", "recordAuditEvent"),
    KEEP_WORK_ON_THIS_COMPUTER("Keep queued writes and last-seen records, encrypted, on their computer",
            "getStoreKey"),
    READ_AUDIT_TRAIL("Read a customer's audit trail", "listAuditEvents"),
    READ_TRAINING_CATALOGUE("Read the training persona catalogue", "listScenarios"),
    RUN_CLASSROOM("Reset training data, set faults and the training date",
            "reset", "listTrainingSessions", "getFaults", "setFaults");

    private final String description;
    private final List<String> operations;

    Permission(String description, String... operations) {
        this.description = description;
        this.operations = List.of(operations);
    }

    public String description() {
        return description;
    }

    /** The contract operationIds this permission covers. */
    public List<String> operations() {
        return operations;
    }
}
