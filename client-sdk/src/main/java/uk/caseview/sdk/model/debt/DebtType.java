package uk.caseview.sdk.model.debt;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum DebtType {
    @JsonProperty("overpayment") OVERPAYMENT,
    @JsonProperty("advance") ADVANCE,
    @JsonProperty("hardship") HARDSHIP,
    @JsonProperty("budgeting_loan") BUDGETING_LOAN,
    @JsonProperty("social_fund") SOCIAL_FUND,
    @JsonProperty("tax_credit") TAX_CREDIT,
    @JsonProperty("admin_penalty") ADMIN_PENALTY,
    @JsonEnumDefaultValue UNKNOWN
}
