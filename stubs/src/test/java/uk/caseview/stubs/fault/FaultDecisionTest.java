package uk.caseview.stubs.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.FaultControllerAccess;
import uk.caseview.stubs.FaultController;
import uk.caseview.stubs.StubApi;

class FaultDecisionTest {

    @Test
    void latencyIsTheFixedPartPlusJitterWithinItsRange() {
        SplittableRandom dice = new SplittableRandom(1);
        Fault fault = Fault.latency(100, 50);
        for (int i = 0; i < 1_000; i++) {
            assertThat(FaultDecision.draw(fault, dice).delayMs()).isBetween(100L, 150L);
        }
    }

    @Test
    void theErrorRateIsRoughlyHonouredAndOnlyChosenStatusesAppear() {
        SplittableRandom dice = new SplittableRandom(2);
        Fault fault = Fault.errors(0.3, 503, 429);
        int errors = 0;
        for (int i = 0; i < 10_000; i++) {
            int status = FaultDecision.draw(fault, dice).errorStatus();
            if (status != 0) {
                errors++;
                assertThat(status).isIn(503, 429);
            }
        }
        assertThat(errors).isBetween(2_700, 3_300);
    }

    @Test
    void theSameSeedGivesTheSameSequencePerApiAndSettingAFaultRestartsIt() {
        FaultController a = FaultControllerAccess.create(42, Map.of(StubApi.DEBT, Fault.errors(0.5, 500, 503)));
        FaultController b = FaultControllerAccess.create(42, Map.of(StubApi.DEBT, Fault.errors(0.5, 500, 503)));
        List<Integer> first = sequence(a, 200);
        assertThat(sequence(b, 200)).isEqualTo(first);
        a.set(StubApi.DEBT, Fault.errors(0.5, 500, 503));
        assertThat(sequence(a, 200)).isEqualTo(first);
        FaultController other = FaultControllerAccess.create(43, Map.of(StubApi.DEBT, Fault.errors(0.5, 500, 503)));
        assertThat(sequence(other, 200)).isNotEqualTo(first);
        assertThat(a.decide(StubApi.CITIZEN).isHealthy()).isTrue();
    }

    private static List<Integer> sequence(FaultController c, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(c.decide(StubApi.DEBT).errorStatus());
        }
        return out;
    }
}
