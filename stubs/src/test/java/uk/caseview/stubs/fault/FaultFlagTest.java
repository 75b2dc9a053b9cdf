package uk.caseview.stubs.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;

class FaultFlagTest {

    @Test
    void readsEverySetting() {
        var parsed = FaultFlag.parse("debt:latencyMs=20,latencyJitterMs=5,errorRate=0.25,errorStatuses=503+429,"
                + "retryAfterSeconds=3,hang=false,reset=false,malformed=truncated_json,oversizedBytes=4096");
        assertThat(parsed.getKey()).isEqualTo(StubApi.DEBT);
        assertThat(parsed.getValue()).isEqualTo(new Fault(20, 5, 0.25, List.of(503, 429), 3, false, false,
                Fault.Malformed.TRUNCATED_JSON, 4096));
        assertThat(FaultFlag.parse("evidence:hang=true").getValue()).isEqualTo(Fault.NONE.withHang(true));
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> FaultFlag.parse("pensions:hang=true")).hasMessageContaining("unknown API");
        assertThatThrownBy(() -> FaultFlag.parse("debt:errorRate=2")).hasMessageContaining("errorRate");
        assertThatThrownBy(() -> FaultFlag.parse("debt:errorStatuses=418")).hasMessageContaining("429");
        assertThatThrownBy(() -> FaultFlag.parse("debt:sulk=true")).hasMessageContaining("unknown setting");
        assertThatThrownBy(() -> FaultFlag.parse("debt:latencyMs=soon")).hasMessageContaining("number");
        assertThatThrownBy(() -> FaultFlag.parse("debt")).hasMessageContaining("API:setting=value");
    }
}
