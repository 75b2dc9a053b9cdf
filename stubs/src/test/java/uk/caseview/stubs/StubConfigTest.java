package uk.caseview.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StubConfigTest {

    private static final byte[] SECRET = "a classroom's own store secret".getBytes(StandardCharsets.UTF_8);

    @Test
    void twoConfigsWithTheSameSecretBytesAreEqualAndADifferentSecretIsNot() {
        StubConfig a = StubConfig.defaults().withSeed(7).withStoreKeySecret(SECRET);
        StubConfig b = StubConfig.defaults().withSeed(7).withStoreKeySecret(SECRET.clone());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.withStoreKeySecret("another classroom's secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(a).isNotEqualTo(b.withSeed(8));
    }

    @Test
    void theSecretIsNeverPrinted() {
        String printed = StubConfig.defaults().withStoreKeySecret(SECRET).toString();
        assertThat(printed).doesNotContain("classroom").contains("storeKeySecret=(30 bytes)").contains("seed=42");
    }
}
