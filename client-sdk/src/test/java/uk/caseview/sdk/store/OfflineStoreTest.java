package uk.caseview.sdk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.cache.CacheKey;
import uk.caseview.sdk.cache.Fetched;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.testing.MutableClock;
import uk.caseview.sdk.testing.SampleRecords;
import uk.caseview.sdk.view.EarningsWindow;
import uk.caseview.sdk.view.Source;

class OfflineStoreTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-15T10:00:00Z"));
    private final KeyProvider keys = KeyProvider.ephemeral();
    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir, keys, Duration.ofHours(72), clock);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private static CacheKey key(Source source, Nino nino) {
        return CacheKey.of(source, nino, new EarningsWindow(
                java.time.LocalDate.of(2024, 3, 15), java.time.LocalDate.of(2025, 3, 15)));
    }

    private void saveAll() {
        Instant at = clock.instant();
        store.views().put(key(Source.CITIZEN, SampleRecords.NINO), new Fetched<>(SampleRecords.citizen(), at));
        store.views().put(key(Source.EARNINGS, SampleRecords.NINO), new Fetched<>(SampleRecords.earnings(52), at));
        store.views().put(key(Source.AWARD, SampleRecords.NINO), new Fetched<>(SampleRecords.awards(), at));
        store.views().put(key(Source.DEBT, SampleRecords.NINO), new Fetched<>(SampleRecords.debts(3), at));
        store.views().put(key(Source.EVIDENCE, SampleRecords.NINO), new Fetched<>(SampleRecords.evidence(4), at));
    }

    @Test
    void readsBackWhatItSavedWithTheTimeItWasFetched() {
        saveAll();
        clock.advance(Duration.ofHours(2));

        Fetched<Object> citizen = store.views().get(key(Source.CITIZEN, SampleRecords.NINO)).orElseThrow();

        assertThat(citizen.value()).isEqualTo(SampleRecords.citizen());
        assertThat(citizen.ageAt(clock.instant())).isEqualTo(Duration.ofHours(2));
        assertThat(store.views().get(key(Source.CITIZEN, Nino.parse("ZX000001A")))).isEmpty();
    }

    @Test
    void entriesExpireAndArePurged() throws Exception {
        saveAll();
        clock.advance(Duration.ofHours(73));

        assertThat(store.views().get(key(Source.CITIZEN, SampleRecords.NINO))).isEmpty();
        assertThat(store.views().purgeExpired()).isEqualTo(5);
        assertThat(store.views().count()).isZero();
    }

    @Test
    void wipeRemovesEverything() throws Exception {
        saveAll();

        store.views().wipe();

        assertThat(store.views().count()).isZero();
        assertThat(store.views().get(key(Source.CITIZEN, SampleRecords.NINO))).isEmpty();
    }

    @Test
    void aDifferentKeyCannotOpenTheStore() throws Exception {
        saveAll();
        store.close();

        assertThatThrownBy(() -> LocalStore.open(dir, KeyProvider.ephemeral(), Duration.ofHours(72), clock))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("can't unlock");
        store = LocalStore.open(dir, keys, Duration.ofHours(72), clock);
        assertThat(store.views().get(key(Source.CITIZEN, SampleRecords.NINO))).isPresent();
    }

    @Test
    void aRecordMovedToAnotherPersonsRowDoesNotDecrypt() throws Exception {
        Nino other = Nino.parse("ZX000001A");
        store.views().put(key(Source.CITIZEN, other), new Fetched<>(SampleRecords.citizen(), clock.instant()));
        store.views().put(key(Source.CITIZEN, SampleRecords.NINO), new Fetched<>(SampleRecords.citizen(), clock.instant()));
        store.database().inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE views SET payload = (SELECT payload FROM views ORDER BY rowid LIMIT 1)"));

        assertThat(store.views().get(key(Source.CITIZEN, SampleRecords.NINO))).isEmpty();
    }

    @Test
    void noPersonalDataIsOnDiskInClear() throws Exception {
        saveAll();
        assertNoPlaintextIn(dir); // while open: the records are in the WAL

        store.close();
        store = LocalStore.open(dir, keys, Duration.ofHours(72), clock);
        store.database().checkpoint();
        assertNoPlaintextIn(dir); // after the WAL is folded into the database file
        assertThat(store.views().get(key(Source.CITIZEN, SampleRecords.NINO)).map(f -> ((Citizen) f.value()).name()))
                .contains(SampleRecords.citizen().name());
    }

    private static void assertNoPlaintextIn(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(dir)) {
            all.forEach(files::add);
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains(StoreDatabase.FILE_NAME, StoreDatabase.FILE_NAME + "-wal", StoreKeys.AEAD_KEYSET);
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String personal : SampleRecords.personalStrings()) {
                assertThat(content).as("%s must not hold %s", file.getFileName(), "a personal string")
                        .doesNotContain(personal);
            }
            assertThat(content).doesNotContain("Northern Bakeries");
        }
    }
}
