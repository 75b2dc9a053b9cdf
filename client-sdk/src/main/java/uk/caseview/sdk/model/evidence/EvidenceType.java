package uk.caseview.sdk.model.evidence;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum EvidenceType {
    @JsonProperty("payslip") PAYSLIP,
    @JsonProperty("bank_statement") BANK_STATEMENT,
    @JsonProperty("tenancy_agreement") TENANCY_AGREEMENT,
    @JsonProperty("fit_note") FIT_NOTE,
    @JsonProperty("childcare_invoice") CHILDCARE_INVOICE,
    @JsonProperty("identity_document") IDENTITY_DOCUMENT,
    @JsonProperty("proof_of_address") PROOF_OF_ADDRESS,
    @JsonProperty("other") @JsonEnumDefaultValue OTHER
}
