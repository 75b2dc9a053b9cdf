package uk.caseview.sdk.model.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.caseview.sdk.json.Json;

/** The store key opens a person's saved work: it must never be printed, and only 32 bytes will do. */
class StoreKeyTest {

    private static final byte[] BYTES = counting(32);
    private static final String KEY = Base64.getEncoder().encodeToString(BYTES);

    @Test
    void toStringShowsTheVersionAndNeverTheKey() {
        StoreKey key = new StoreKey(KEY, 3);

        assertThat(key.toString()).isEqualTo("StoreKey[version=3, key=<redacted>]").doesNotContain(KEY);
        assertThat(String.valueOf(List.of(key))).doesNotContain(KEY);
    }

    @Test
    void keyBytesAreTheDecodedKeyInAFreshArrayEachTime() {
        StoreKey key = new StoreKey(KEY, 1);

        byte[] first = key.keyBytes();
        assertThat(first).isEqualTo(BYTES);
        Arrays.fill(first, (byte) 0);
        assertThat(key.keyBytes()).as("wiping one copy spoils no other").isEqualTo(BYTES);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 31, 33, 64})
    void keyBytesRefuseAnyOtherLengthWithoutQuotingTheKey(int length) {
        String wrong = Base64.getEncoder().encodeToString(counting(length));

        assertThatThrownBy(() -> new StoreKey(wrong, 2).keyBytes())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The store key (version 2) is " + length + " bytes, not 32")
                .hasNoCause();
    }

    @Test
    void keyBytesRefuseWhatIsNotBase64WithoutQuotingIt() {
        String urlSafe = Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xfb, (byte) 0xff, 1}).repeat(11);
        for (String bad : List.of("not base64 at all!", urlSafe, KEY + KEY.substring(0, 3))) {
            assertThatThrownBy(() -> new StoreKey(bad, 1).keyBytes())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasNoCause()
                    .message().doesNotContain(bad);
        }
        assertThatThrownBy(() -> new StoreKey(null, 1).keyBytes())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The store key (version 1) is missing");
    }

    @Test
    void readsTheContractsJsonAndIgnoresWhatItDoesNotKnow() throws Exception {
        StoreKey key = Json.mapper().readValue(
                "{\"key\":\"" + KEY + "\",\"version\":1,\"algorithm\":\"added later\"}", StoreKey.class);

        assertThat(key.version()).isEqualTo(1);
        assertThat(key.keyBytes()).isEqualTo(BYTES);
        assertThat(Json.mapper().writeValueAsString(key)).as("no keyBytes property on the wire")
                .isEqualTo("{\"key\":\"" + KEY + "\",\"version\":1}");
    }

    private static byte[] counting(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 7 + 3);
        }
        return bytes;
    }
}
