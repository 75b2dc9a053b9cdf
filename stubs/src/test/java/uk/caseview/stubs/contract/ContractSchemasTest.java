package uk.caseview.stubs.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.json.Json;

/** The validator the contract test relies on does reject what the contract forbids. */
class ContractSchemasTest {

    private final OpenApiContract contract = OpenApiContract.load();
    private final ContractSchemas schemas = new ContractSchemas(contract);
    private final JsonNode citizenSchema = contract.root().at("/components/schemas/Citizen");

    @Test
    void rejectsAMissingRequiredFieldABadPatternAndABadDate() throws Exception {
        ObjectNode citizen = (ObjectNode) Json.mapper().readTree("""
                {"nino":"ZX000001A","name":{"givenNames":"A","surname":"B"},"dateOfBirth":"1990-01-01",
                 "currentAddress":{"line1":"1 High St","town":"Leeds","postcode":"LS1 1AA","from":"2020-01-01"},
                 "pastAddresses":[],"contact":{},"preferredLanguage":"en","identityVerification":"verified",
                 "relationships":[],"flags":{"deceased":false,"vulnerable":false,"restrictedRecord":false}}
                """);
        assertThat(schemas.problems(citizenSchema, citizen)).isEmpty();

        ObjectNode noNino = citizen.deepCopy();
        noNino.remove("nino");
        assertThat(schemas.violations(citizenSchema, noNino)).extracting(ContractSchemas.Violation::field)
                .contains("nino");

        ObjectNode badNino = citizen.deepCopy();
        badNino.put("nino", "ZZ000001A");
        assertThat(schemas.violations(citizenSchema, badNino)).extracting(ContractSchemas.Violation::field)
                .contains("nino");

        ObjectNode badDate = citizen.deepCopy();
        badDate.put("dateOfBirth", "1990-02-30");
        assertThat(schemas.violations(citizenSchema, badDate)).extracting(ContractSchemas.Violation::field)
                .contains("dateOfBirth");
    }
}
