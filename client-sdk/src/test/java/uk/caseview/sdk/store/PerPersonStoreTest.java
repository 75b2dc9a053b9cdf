package uk.caseview.sdk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.sdk.cache.CacheKey;
import uk.caseview.sdk.cache.Fetched;
import uk.caseview.sdk.testing.MutableClock;
import uk.caseview.sdk.testing.SampleRecords;
import uk.caseview.sdk.view.Source;

/** A shared desk's store: each person's keys, unlocked only by the key the service released to them. */
class PerPersonStoreTest {

    private static final byte[] ALICE = filled(1);
    private static final byte[] BOB = filled(2);
    private static final CacheKey CITIZEN = CacheKey.of(Source.CITIZEN, SampleRecords.NINO, null);

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-15T10:00:00Z"));
    private LocalStore store;

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    private static byte[] filled(int b) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) b);
        return key;
    }

    private LocalStore openLocked(Path at) {
        return LocalStore.openLocked(at, Duration.ofHours(72), clock);
    }

    private void saveCitizen() {
        store.views().put(CITIZEN, new Fetched<>(SampleRecords.citizen(), clock.instant()));
    }

    @Test
    void nothingCanBeSealedReadOrSavedUntilSomeoneUnlocksIt() {
        store = openLocked(dir);

        assertThat(store.isUnlocked()).isFalse();
        assertThatThrownBy(() -> store.sealer().seal("x".getBytes(StandardCharsets.UTF_8), "ctx"))
                .isInstanceOf(java.security.GeneralSecurityException.class);
        saveCitizen(); // a reply landing after sign-out: quietly not kept
        store.unlockFor(ALICE, Optional.empty());
        assertThat(store.views().get(CITIZEN)).as("nothing was written while locked").isEmpty();
    }

    @Test
    void eachPersonReadsOnlyWhatWasSavedUnderTheirOwnKey() throws Exception {
        store = openLocked(dir);
        store.unlockFor(ALICE, Optional.empty());
        saveCitizen();
        byte[] sealed = store.sealer().seal("Alice's note".getBytes(StandardCharsets.UTF_8), "outbox|1");
        assertThat(store.views().get(CITIZEN)).isPresent();

        store.lock();
        assertThat(store.views().get(CITIZEN)).as("locked after sign-out").isEmpty();

        store.unlockFor(BOB, Optional.empty());
        assertThat(store.views().get(CITIZEN)).as("Bob's lookup key does not find Alice's row").isEmpty();
        assertThatThrownBy(() -> store.sealer().open(sealed, "outbox|1"))
                .as("Bob's keys do not open Alice's write").isInstanceOf(java.security.GeneralSecurityException.class);

        store.lock();
        store.unlockFor(ALICE, Optional.empty());
        assertThat(store.views().get(CITIZEN)).as("Alice's again at her next sign-in").isPresent();
        assertThat(new String(store.sealer().open(sealed, "outbox|1"), StandardCharsets.UTF_8)).isEqualTo("Alice's note");
    }

    @Test
    void filesCopiedToAnotherMachineOpenNothingWithoutThePersonsKeyAndTheMachinesKey() throws Exception {
        KeyProvider machine = KeyProvider.ephemeral();
        store = openLocked(dir);
        store.unlockFor(ALICE, Optional.of(machine));
        saveCitizen();
        byte[] sealed = store.sealer().seal("Alice's note".getBytes(StandardCharsets.UTF_8), "outbox|1");
        store.close();
        store = null;
        copy(dir, elsewhere);

        try (LocalStore copied = openLocked(elsewhere)) {
            assertThatThrownBy(() -> copied.unlockFor(ALICE, Optional.empty()))
                    .as("Alice's released key alone, without this machine's key")
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("can't unlock your saved work");
            assertThatThrownBy(() -> copied.unlockFor(ALICE, Optional.of(KeyProvider.ephemeral())))
                    .as("another machine's key").isInstanceOf(StoreUnavailableException.class);
            copied.unlockFor(BOB, Optional.of(machine)); // a person who never used this desk: new, empty keys
            assertThat(copied.views().get(CITIZEN)).isEmpty();
            assertThatThrownBy(() -> copied.sealer().open(sealed, "outbox|1"))
                    .isInstanceOf(java.security.GeneralSecurityException.class);
        }
        try (LocalStore copied = openLocked(elsewhere)) {
            copied.unlockFor(ALICE, Optional.of(machine));
            assertThat(copied.views().get(CITIZEN)).as("both keys: hers again").isPresent();
        }
    }

    @Test
    void theDiskNamesNobodyAndHoldsNoKeyInClear() throws Exception {
        store = openLocked(dir);
        store.unlockFor(ALICE, Optional.empty());
        saveCitizen();
        store.database().checkpoint();

        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(text).as(f.toString()).doesNotContain(SampleRecords.NINO.value())
                        .doesNotContain(SampleRecords.SURNAME)
                        .doesNotContain(java.util.Base64.getEncoder().encodeToString(ALICE));
                assertThat(f.toString()).doesNotContain(java.util.HexFormat.of().formatHex(ALICE));
            }
        }
        try (Stream<Path> people = Files.list(dir.resolve(LocalStore.PEOPLE))) {
            assertThat(people.toList()).as("one folder, for the one person who signed in").hasSize(1);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
