package uk.caseview.sdk.repayment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.caseview.sdk.json.Json;

/**
 * The dated rules behind repayment plans, read from {@code recovery-reference-data.json} beside
 * this class. Rates change every April and by policy; they live in that file so a change is a
 * data edit with its source noted, never a code or UI change.
 */
public final class RecoveryReferenceData {

    public static final String RESOURCE = "recovery-reference-data.json";

    private final DatedSeries<Map<Circumstance, Long>> standardAllowance;
    private final DatedSeries<BigDecimal> capPercent;
    private final DatedSeries<Long> minimumMonthly;
    private final DatedSeries<Integer> maximumPlanMonths;
    private final DatedSeries<BigDecimal> directPaymentSharePercent;
    private final int earningsWindowMonths;
    private final PlanStatusRule planStatusRule;

    private RecoveryReferenceData(JsonNode root) {
        standardAllowance = series(root, "standardAllowanceMonthlyPence", entry -> {
            Map<Circumstance, Long> byBand = new EnumMap<>(Circumstance.class);
            for (Circumstance c : Circumstance.values()) {
                byBand.put(c, positivePence(entry, c.key()));
            }
            return Map.copyOf(byBand);
        });
        capPercent = series(root, "deductionCapPercentOfStandardAllowance", e -> percent(e, "percent"));
        minimumMonthly = series(root, "minimumInstalmentMonthlyPence", e -> positivePence(e, "pence"));
        maximumPlanMonths = series(root, "maximumPlanMonths", e -> positiveInt(e, "months"));
        directPaymentSharePercent = series(root, "directPaymentShareOfSurplusPercent", e -> percent(e, "percent"));
        earningsWindowMonths = positiveInt(root, "earningsWindowMonths");
        JsonNode rule = required(root, "planStatus");
        planStatusRule = new PlanStatusRule(
                positiveInt(rule, "brokenAfterConsecutiveMisses"),
                positiveInt(rule, "brokenMissesInWindow"),
                positiveInt(rule, "windowInstalments"));
    }

    /** The data shipped with the SDK. */
    public static RecoveryReferenceData standard() {
        return Holder.STANDARD;
    }

    public static RecoveryReferenceData read(InputStream json) {
        try {
            return new RecoveryReferenceData(Json.mapper().readTree(json));
        } catch (IOException e) {
            throw new ReferenceDataException("The recovery reference data is not valid JSON: " + e.getMessage(), e);
        }
    }

    public long standardAllowanceMonthlyPence(Circumstance circumstance, LocalDate assessmentPeriodStart) {
        return standardAllowance.on(assessmentPeriodStart).get(circumstance);
    }

    /** 25 or 15 (the Fair Repayment Rate), as a percentage of the standard allowance. */
    public BigDecimal deductionCapPercent(LocalDate assessmentPeriodStart) {
        return capPercent.on(assessmentPeriodStart);
    }

    /** The most all deductions together may take from the standard allowance in one month, rounded down to the penny. */
    public long deductionCapMonthlyPence(Circumstance circumstance, LocalDate assessmentPeriodStart) {
        return percentOf(standardAllowanceMonthlyPence(circumstance, assessmentPeriodStart),
                deductionCapPercent(assessmentPeriodStart));
    }

    /** The day the cap in force on {@code day} took effect, for messages like "15% from 30 April 2025". */
    public LocalDate deductionCapSince(LocalDate day) {
        return capPercent.inForceSince(day);
    }

    /**
     * The lowest monthly cap in force at any point from {@code first} to {@code last}: an
     * instalment that stays under it stays under the cap throughout.
     */
    public long lowestDeductionCapMonthlyPence(Circumstance circumstance, LocalDate first, LocalDate last) {
        long lowest = deductionCapMonthlyPence(circumstance, first);
        for (DatedSeries.Entry<BigDecimal> e : capPercent.between(first, last)) {
            lowest = Math.min(lowest, deductionCapMonthlyPence(circumstance, e.from()));
        }
        for (DatedSeries.Entry<Map<Circumstance, Long>> e : standardAllowance.between(first, last)) {
            lowest = Math.min(lowest, deductionCapMonthlyPence(circumstance, e.from()));
        }
        return lowest;
    }

    public long minimumInstalmentMonthlyPence(LocalDate day) {
        return minimumMonthly.on(day);
    }

    public int maximumPlanMonths(LocalDate day) {
        return maximumPlanMonths.on(day);
    }

    public BigDecimal directPaymentSharePercent(LocalDate day) {
        return directPaymentSharePercent.on(day);
    }

    /** How many whole months of RTI pay before the assessment date are averaged. */
    public int earningsWindowMonths() {
        return earningsWindowMonths;
    }

    public PlanStatusRule planStatusRule() {
        return planStatusRule;
    }

    /** The first day every series has a value for. */
    public LocalDate firstDay() {
        return List.of(standardAllowance.firstDay(), capPercent.firstDay(), minimumMonthly.firstDay(),
                        maximumPlanMonths.firstDay(), directPaymentSharePercent.firstDay())
                .stream()
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    /** {@code percent}% of {@code pence}, rounded down to the penny. */
    public static long percentOf(long pence, BigDecimal percent) {
        return BigDecimal.valueOf(pence)
                .multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                .longValueExact();
    }

    private static <T> DatedSeries<T> series(JsonNode root, String name, Function<JsonNode, T> value) {
        JsonNode array = required(root, name);
        if (!array.isArray()) {
            throw new ReferenceDataException(name + " must be a list of dated entries.");
        }
        List<DatedSeries.Entry<T>> entries = new ArrayList<>();
        for (JsonNode entry : array) {
            String from = required(entry, "from").asText();
            try {
                entries.add(new DatedSeries.Entry<>(LocalDate.parse(from), value.apply(entry)));
            } catch (DateTimeParseException e) {
                throw new ReferenceDataException(name + " has an entry with a bad date: " + from, e);
            } catch (ReferenceDataException e) {
                throw new ReferenceDataException(name + " from " + from + ": " + e.getMessage(), e);
            }
        }
        return new DatedSeries<>(name, entries);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ReferenceDataException("missing '" + field + "'.");
        }
        return value;
    }

    private static long positivePence(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isIntegralNumber() || value.asLong() <= 0) {
            throw new ReferenceDataException("'" + field + "' must be a whole number of pence above 0.");
        }
        return value.asLong();
    }

    private static int positiveInt(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isInt() || value.asInt() <= 0) {
            throw new ReferenceDataException("'" + field + "' must be a whole number above 0.");
        }
        return value.asInt();
    }

    private static BigDecimal percent(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual()) {
            throw new ReferenceDataException("'" + field + "' must be a decimal string such as \"15\", never a float.");
        }
        try {
            BigDecimal p = new BigDecimal(value.asText());
            if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new ReferenceDataException("'" + field + "' must be above 0 and at most 100.");
            }
            return p;
        } catch (NumberFormatException e) {
            throw new ReferenceDataException("'" + field + "' is not a number: " + value.asText(), e);
        }
    }

    private static final class Holder {
        static final RecoveryReferenceData STANDARD = load();

        private static RecoveryReferenceData load() {
            try (InputStream in = RecoveryReferenceData.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new ReferenceDataException("The SDK is missing its " + RESOURCE + ".");
                }
                return read(in);
            } catch (IOException e) {
                throw new ReferenceDataException("Could not read " + RESOURCE + ".", e);
            }
        }
    }
}
