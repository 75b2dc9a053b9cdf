package uk.caseview.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.caseview.sdk.Nino;

class RecentCustomersTest {

    @Test
    void newestFirstMatchedByNinoPrefixOrName() {
        RecentCustomers recent = new RecentCustomers();
        recent.visited(Nino.parse("ZX000001A"), "Rhiannon Pryce");
        recent.visited(Nino.parse("ZX000002B"), null);
        recent.visited(Nino.parse("ZX000001A"), null); // revisit keeps the name learnt before

        assertThat(recent.all()).extracting(e -> e.nino().value()).containsExactly("ZX000001A", "ZX000002B");
        assertThat(recent.all().get(0).name()).isEqualTo("Rhiannon Pryce");
        assertThat(recent.matching("zx 00 00 02")).extracting(e -> e.nino().value()).containsExactly("ZX000002B");
        assertThat(recent.matching("pryce")).hasSize(1);
        assertThat(recent.matching("  ")).isEmpty();
        assertThat(recent.all().get(0).display()).isEqualTo("ZX 00 00 01 A   Rhiannon Pryce");
    }

    @Test
    void keepsOnlyTheMostRecent() {
        RecentCustomers recent = new RecentCustomers();
        for (int i = 0; i < RecentCustomers.LIMIT + 5; i++) {
            recent.visited(Nino.parse(String.format("ZX%06dA", i)), null);
        }
        assertThat(recent.all()).hasSize(RecentCustomers.LIMIT);
        assertThat(recent.all().get(0).nino().value()).isEqualTo(String.format("ZX%06dA", RecentCustomers.LIMIT + 4));
    }
}
