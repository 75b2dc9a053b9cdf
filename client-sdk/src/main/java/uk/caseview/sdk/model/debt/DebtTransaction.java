package uk.caseview.sdk.model.debt;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** One ledger line. amountPence is signed: positive raises the balance, negative reduces it. */
public record DebtTransaction(
        String transactionId, LocalDate date, Type type, long amountPence, long balancePence, String description) {

    public enum Type {
        @JsonProperty("raised") RAISED,
        @JsonProperty("recovery_deduction") RECOVERY_DEDUCTION,
        @JsonProperty("direct_payment") DIRECT_PAYMENT,
        @JsonProperty("adjustment") ADJUSTMENT,
        @JsonProperty("write_off") WRITE_OFF,
        @JsonProperty("missed_payment") MISSED_PAYMENT,
        @JsonEnumDefaultValue UNKNOWN
    }
}
