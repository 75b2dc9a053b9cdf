package uk.caseview.stubs.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.FaultController;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.http.StubJson;
import uk.caseview.stubs.persona.PersonaCatalogue;
import uk.caseview.stubs.persona.Scenario;
import uk.caseview.stubs.state.Classroom;

/** The trainer's and tester's controls: persona catalogue, trainees, reset and faults. */
public final class AdminEndpoints {

    private final PersonaCatalogue personas;
    private final FaultController faults;
    private final Classroom classroom;

    public AdminEndpoints(PersonaCatalogue personas, FaultController faults, Classroom classroom) {
        this.personas = personas;
        this.faults = faults;
        this.classroom = classroom;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of(
                "listScenarios", this::scenarios,
                "reset", this::reset,
                "listTrainingSessions", r -> Reply.json(200, new TraineeList(classroom.trainees())),
                "getFaults", r -> Reply.json(200, faultSettings()),
                "setFaults", this::setFaults);
    }

    Reply scenarios(RequestContext r) {
        return Reply.json(200, new Scenario.ScenarioList(personas.personas().stream().map(Scenario::of).toList()));
    }

    Reply reset(RequestContext r) {
        classroom.reset(r.session());
        return Reply.empty(204);
    }

    /** The contract's TrainingSessionList. */
    record TraineeList(java.util.List<Classroom.Trainee> sessions) {}

    Reply setFaults(RequestContext r) {
        JsonNode body = r.json();
        Map<StubApi, Fault> changes = new EnumMap<>(StubApi.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            StubApi api = StubApi.byName(e.getKey()).orElseThrow(() -> ApiProblem.badRequest(e.getKey(),
                    "Not an API name: use citizen, earnings, award, debt or evidence."));
            changes.put(api, FaultJson.parse(e.getKey(), e.getValue()));
        }
        faults.setAll(changes);
        return Reply.json(200, faultSettings());
    }

    private Map<String, Fault> faultSettings() {
        Map<String, Fault> out = new LinkedHashMap<>();
        faults.all().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(e.getKey().apiName(), e.getValue()));
        return out;
    }

    /** The contract's Fault schema, read strictly enough to name the bad field. */
    static final class FaultJson {
        private FaultJson() {}

        static Fault parse(String api, JsonNode node) {
            if (!node.isObject()) {
                throw ApiProblem.badRequest(api, "Must be an object.");
            }
            try {
                return StubJson.reader().treeToValue(node, Fault.class);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest(api, e.getMessage());
            } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
                throw ApiProblem.badRequest(api, e.getCause() == null ? "Not a valid fault." : e.getCause().getMessage());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                        ? api + "." + m.getPath().getLast().getFieldName() : api;
                throw ApiProblem.badRequest(field, "Not a valid value.");
            }
        }
    }
}
