package uk.caseview.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.award.Payment;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.BankAccount;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.CitizenFlags;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.citizen.Name;
import uk.caseview.sdk.model.citizen.NewAddress;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.model.citizen.Notification;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.model.citizen.Relationship;
import uk.caseview.sdk.model.citizen.TraceMatch;
import uk.caseview.sdk.model.citizen.TraceResult;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.model.debt.WorklistPage;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceRequest;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;

/**
 * The records are hand-written mirrors of the OpenAPI document (decision 0003). This keeps them
 * honest: every property a schema names is a record component and vice versa, and every enum
 * the document lists has exactly the same wire values in Java.
 */
class ContractConformanceTest {

    static final String CONTRACT = "/uk/caseview/sdk/contract/caseview-api.yaml";

    /** Schema name to the record that mirrors it. */
    static final Map<String, Class<? extends Record>> RECORDS = Map.ofEntries(
            Map.entry("Problem", Problem.class),
            Map.entry("Name", Name.class),
            Map.entry("Address", Address.class),
            Map.entry("ContactDetails", ContactDetails.class),
            Map.entry("NewAddress", NewAddress.class),
            Map.entry("BankAccount", BankAccount.class),
            Map.entry("Relationship", Relationship.class),
            Map.entry("CitizenFlags", CitizenFlags.class),
            Map.entry("Citizen", Citizen.class),
            Map.entry("TraceMatch", TraceMatch.class),
            Map.entry("TraceResult", TraceResult.class),
            Map.entry("NewAuditEvent", uk.caseview.sdk.model.citizen.NewAuditEvent.class),
            Map.entry("AuditEvent", uk.caseview.sdk.model.citizen.AuditEvent.class),
            Map.entry("AuditEventList", uk.caseview.sdk.model.citizen.AuditEventList.class),
            Map.entry("CautionMarker", uk.caseview.sdk.model.citizen.CautionMarker.class),
            Map.entry("StoreKey", uk.caseview.sdk.model.citizen.StoreKey.class),
            Map.entry("NewContactNote", NewContactNote.class),
            Map.entry("ContactNote", ContactNote.class),
            Map.entry("ContactNoteList", ContactNoteList.class),
            Map.entry("NotificationRequest", NotificationRequest.class),
            Map.entry("Notification", Notification.class),
            Map.entry("NotificationPreview", uk.caseview.sdk.model.citizen.NotificationPreview.class),
            Map.entry("NotificationList", uk.caseview.sdk.model.citizen.NotificationList.class),
            Map.entry("PayPeriod", PayPeriod.class),
            Map.entry("Employment", Employment.class),
            Map.entry("EarningsAlert", EarningsAlert.class),
            Map.entry("Earnings", Earnings.class),
            Map.entry("Deduction", Deduction.class),
            Map.entry("Payment", Payment.class),
            Map.entry("Award", Award.class),
            Map.entry("Awards", Awards.class),
            Map.entry("RepaymentPlan", RepaymentPlan.class),
            Map.entry("Debt", Debt.class),
            Map.entry("Debts", Debts.class),
            Map.entry("DebtTransaction", DebtTransaction.class),
            Map.entry("DebtLedger", DebtLedger.class),
            Map.entry("RepaymentPlanRequest", RepaymentPlanRequest.class),
            Map.entry("WorklistItem", WorklistItem.class),
            Map.entry("WorklistPage", WorklistPage.class),
            Map.entry("EvidenceItem", EvidenceItem.class),
            Map.entry("EvidenceList", EvidenceList.class),
            Map.entry("EvidenceRequest", EvidenceRequest.class),
            Map.entry("EvidenceDecision", uk.caseview.sdk.model.evidence.EvidenceDecision.class));

    /** Top-level enum schemas and the Java enums that carry them. */
    static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "Frequency", Frequency.class,
            "DebtType", DebtType.class,
            "DebtStatus", DebtStatus.class,
            "PlanStatus", PlanStatus.class,
            "EvidenceType", EvidenceType.class,
            "NotificationTemplate", uk.caseview.sdk.model.citizen.NotificationTemplate.class);

    /** Inline enums (schema, property) and their Java enums. */
    static final Map<List<String>, Class<? extends Enum<?>>> INLINE_ENUMS = Map.of(
            List.of("EvidenceItem", "status"), EvidenceStatus.class,
            List.of("Award", "status"), Award.Status.class,
            List.of("Payment", "status"), Payment.Status.class,
            List.of("Relationship", "type"), Relationship.Type.class,
            List.of("DebtTransaction", "type"), DebtTransaction.Type.class,
            List.of("EarningsAlert", "type"), EarningsAlert.Type.class,
            List.of("Citizen", "preferredLanguage"), Citizen.Language.class,
            List.of("Citizen", "identityVerification"), Citizen.IdentityVerification.class,
            List.of("Notification", "status"), Notification.Status.class);

    static JsonNode schemas;

    @BeforeAll
    static void readContract() throws Exception {
        try (InputStream in = ContractConformanceTest.class.getResourceAsStream(CONTRACT)) {
            assertThat(in).as("contract on the class path").isNotNull();
            schemas = new ObjectMapper(new YAMLFactory()).readTree(in).path("components").path("schemas");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRecordHasExactlyTheSchemasProperties() {
        return RECORDS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            JsonNode schema = schemas.path(e.getKey());
            assertThat(schema.isMissingNode()).as("schema %s exists", e.getKey()).isFalse();
            Set<String> inSchema = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(inSchema::add);
            Set<String> inRecord = new TreeSet<>();
            for (RecordComponent c : e.getValue().getRecordComponents()) {
                inRecord.add(c.getName());
            }
            assertThat(inRecord).as("%s record components vs schema properties", e.getKey())
                    .isEqualTo(inSchema);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyEnumHasTheContractsWireValues() {
        List<DynamicTest> tests = new ArrayList<>();
        ENUMS.forEach((name, type) -> tests.add(DynamicTest.dynamicTest(name,
                () -> assertThat(wireValues(type)).isEqualTo(enumValues(schemas.path(name))))));
        INLINE_ENUMS.forEach((where, type) -> tests.add(DynamicTest.dynamicTest(String.join(".", where),
                () -> assertThat(wireValues(type)).isEqualTo(
                        enumValues(schemas.path(where.get(0)).path("properties").path(where.get(1)))))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyObjectSchemaIsMirroredOrKnownToBeServerOnly() {
        // Schemas only the stub's admin API or the stub's own code use; the app never decodes them.
        Set<String> serverOnly = Set.of("Scenario", "ScenarioList", "TrainingSessionList", "Fault", "FaultSettings");
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<String> it = schemas.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode schema = schemas.path(name);
            if ("object".equals(schema.path("type").asText()) && schema.has("properties")
                    && !serverOnly.contains(name)) {
                tests.add(DynamicTest.dynamicTest(name,
                        () -> assertThat(RECORDS).as("a record mirrors %s", name).containsKey(name)));
            }
        }
        return tests.stream();
    }

    private static Set<String> enumValues(JsonNode schema) {
        Set<String> values = new LinkedHashSet<>();
        schema.path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        assertThat(values).as("enum values in the contract").isNotEmpty();
        return new TreeSet<>(values);
    }

    private static Set<String> wireValues(Class<? extends Enum<?>> type) throws NoSuchFieldException {
        Set<String> values = new TreeSet<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            var field = type.getField(constant.name());
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property != null) {
                values.add(property.value());
            } else {
                assertThat(field.isAnnotationPresent(JsonEnumDefaultValue.class))
                        .as("%s.%s is either a wire value or the fallback for unknown ones", type.getSimpleName(),
                                constant.name())
                        .isTrue();
            }
        }
        return values;
    }
}
