package uk.caseview.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Request;
import feign.Response;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.error.MalformedResponseException;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.citizen.Name;
import uk.caseview.sdk.model.citizen.Notification;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.model.citizen.TraceMatch;
import uk.caseview.sdk.model.citizen.TraceResult;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.model.debt.WorklistPage;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.testing.SampleRecords;
import uk.caseview.sdk.view.Source;

/**
 * Whatever bytes arrive, for every response type of the contract, the SDK's decoders give a
 * value or a typed {@link ApiException}: never a Jackson, Feign or other unchecked exception.
 */
class DecoderFuzzProperties {

    /** A response type of the contract and a valid body for it to mutate. */
    record Target(Type type, String validJson) {
        @Override
        public String toString() {
            return type.getTypeName();
        }
    }

    private static final List<Target> TARGETS = List.of(
            target(Citizen.class, SampleRecords.citizen()),
            target(TraceResult.class, new TraceResult(List.of(new TraceMatch("ZX000001A",
                    new Name("Ms", "Ann", "Example"), java.time.LocalDate.of(1980, 1, 2), "CF10 1AA")))),
            target(ContactNoteList.class, new ContactNoteList(List.of(note()))),
            target(ContactNote.class, note()),
            target(Notification.class, new Notification("N1", NotificationRequest.Channel.SMS,
                    uk.caseview.sdk.model.citizen.NotificationTemplate.CALL_BACK, "en", "We tried to call you",
                    "We tried to call you today.", Notification.Status.QUEUED, Instant.parse("2025-03-15T10:00:00Z"),
                    Instant.parse("2025-03-15T10:00:00Z"), null)),
            target(Earnings.class, SampleRecords.earnings(6)),
            target(Awards.class, SampleRecords.awards()),
            target(Debts.class, SampleRecords.debts(3)),
            target(Debt.class, SampleRecords.debts(1).debts().getFirst()),
            target(DebtLedger.class, new DebtLedger("D0000001", 5_000, List.of(new DebtTransaction("T1",
                    java.time.LocalDate.of(2024, 1, 1), DebtTransaction.Type.RAISED, 5_000, 5_000, "Raised")))),
            target(WorklistPage.class, new WorklistPage(List.of(new WorklistItem("D0000001", "ZX000001A",
                    DebtType.OVERPAYMENT, DebtStatus.ACTIVE, PlanStatus.ACTIVE, 5_000,
                    java.time.LocalDate.of(2024, 1, 1), 400, null)), 0, 100, 1)),
            target(EvidenceList.class, SampleRecords.evidence(3)),
            target(EvidenceItem.class, SampleRecords.evidence(1).items().getFirst()));

    private static ContactNote note() {
        return new ContactNote("N1", Instant.parse("2025-03-15T10:00:00Z"), "Called", ContactChannel.PHONE, "agent");
    }

    private static Target target(Type type, Object sample) {
        return new Target(type, SampleRecords.json(sample));
    }

    private final BoundedJsonDecoder decoder = new BoundedJsonDecoder(Source.CITIZEN, 1024 * 1024);
    private final ProblemErrorDecoder errors = new ProblemErrorDecoder(Source.CITIZEN, Clock.systemUTC());

    @Provide
    Arbitrary<Target> targets() {
        return Arbitraries.of(TARGETS);
    }

    @Property(tries = 400)
    void structurallyMutatedJsonDecodesOrFailsTyped(@ForAll("targets") Target target, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int mutations) throws Exception {
        JsonMutator mutator = new JsonMutator(seed);
        JsonNode tree = Json.mapper().readTree(target.validJson());
        for (int i = 0; i < mutations; i++) {
            tree = mutator.mutateTree(tree);
        }
        assertDecodesOrFailsTyped(target.type(), Json.mapper().writeValueAsBytes(tree));
    }

    @Property(tries = 400)
    void textuallyDamagedJsonDecodesOrFailsTyped(@ForAll("targets") Target target, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4) int mutations) {
        JsonMutator mutator = new JsonMutator(seed);
        String json = target.validJson();
        for (int i = 0; i < mutations; i++) {
            json = mutator.mutateText(json);
        }
        assertDecodesOrFailsTyped(target.type(), json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void randomJsonValuesDecodeOrFailTyped(@ForAll("targets") Target target, @ForAll long seed) throws Exception {
        JsonNode value = new JsonMutator(seed).randomValue(4);
        assertDecodesOrFailsTyped(target.type(), Json.mapper().writeValueAsBytes(value));
    }

    @Property(tries = 300)
    void arbitraryBytesDecodeOrFailTyped(@ForAll("targets") Target target, @ForAll byte[] body) {
        assertDecodesOrFailsTyped(target.type(), body);
    }

    @Property(tries = 300)
    void theValidSamplesStillDecode(@ForAll("targets") Target target) throws Exception {
        assertThat(decoder.decode(response(200, target.validJson().getBytes(StandardCharsets.UTF_8)), target.type()))
                .isNotNull();
    }

    @Property(tries = 400)
    void anyErrorBodyWithAnyStatusBecomesATypedException(@ForAll("errorStatuses") int status, @ForAll long seed,
            @ForAll boolean damageText) throws Exception {
        JsonMutator mutator = new JsonMutator(seed);
        String problem = "{\"type\":\"about:blank\",\"title\":\"T\",\"status\":" + status
                + ",\"errors\":[{\"field\":\"f\",\"message\":\"m\"}],\"current\":{\"version\":3}}";
        String body = damageText
                ? mutator.mutateText(problem)
                : Json.mapper().writeValueAsString(mutator.mutateTree(Json.mapper().readTree(problem)));

        Exception e = errors.decode("Api#call()", response(status, body.getBytes(StandardCharsets.UTF_8)));

        assertThat(e).isInstanceOf(ApiException.class);
        assertThat(((ApiException) e).userMessage()).isNotBlank();
    }

    @Provide
    Arbitrary<Integer> errorStatuses() {
        return Arbitraries.integers().between(300, 599);
    }

    private void assertDecodesOrFailsTyped(Type type, byte[] body) {
        try {
            Object value = decoder.decode(response(200, body), type);
            assertThat(value).isNotNull();
        } catch (MalformedResponseException typed) {
            assertThat(typed.userMessage()).isNotBlank();
        }
        // Anything else propagates and fails the property, with jqwik's shrunk example.
    }

    private static Response response(int status, byte[] body) {
        Map<String, Collection<String>> headers = Map.of("X-Correlation-Id", List.of("c-1"));
        Request request = Request.create(Request.HttpMethod.GET, "http://stub/x", headers, null, StandardCharsets.UTF_8, null);
        return Response.builder().status(status).reason("r").request(request)
                .headers(Map.of("Content-Type", List.of("application/json"))).body(body).build();
    }
}
