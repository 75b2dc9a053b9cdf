package uk.caseview.sdk.model.award;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.Frequency;

/** One benefit award. The amount is per period of {@link #frequency()}, before deductions. */
public record Award(
        String awardId,
        String benefit,
        String benefitName,
        Status status,
        LocalDate startDate,
        LocalDate endDate,
        long amountPence,
        Frequency frequency,
        LocalDate nextPaymentDate,
        List<Deduction> deductions,
        List<Payment> recentPayments) {

    public Award {
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
        recentPayments = recentPayments == null ? List.of() : List.copyOf(recentPayments);
    }

    public long totalDeductionsPence() {
        return deductions.stream().mapToLong(Deduction::amountPence).sum();
    }

    public enum Status {
        @JsonProperty("live") LIVE,
        @JsonProperty("suspended") SUSPENDED,
        @JsonProperty("ended") ENDED,
        @JsonProperty("pending") PENDING,
        @JsonEnumDefaultValue UNKNOWN
    }
}
