package uk.caseview.stubs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import uk.caseview.stubs.data.NinoScheme;

/**
 * How a stub server is started. Immutable; change it with the withers.
 *
 * @param port                 TCP port; 0 picks a free ephemeral port
 * @param bindAddress          where to listen; loopback by default, so a classroom laptop exposes nothing
 * @param seed                 the data set: the same seed always gives the same citizens
 * @param population           how many generated citizens exist (NINO index 0 .. population-1)
 * @param today                the date data is generated around; null means the clock's date at start
 * @param clock                the time stamped on writes (notes, notifications)
 * @param faults               faults in force from the start, per API
 * @param traceIndexSize       how many generated citizens tracing covers (0: personas only)
 * @param worklistDebts        how many debts the debt worklist's team caseload holds
 * @param indexesBuiltAtStart  build the trace index and caseload in the background at start,
 *                             rather than from the first request that needs them (the worklist
 *                             answers 503 "preparing" with a Retry-After until its caseload is built)
 * @param auth                 require a valid access token from the stub's identity provider on every
 *                             API call, and the role the role matrix names (decision 0700); on by default
 * @param publicUrl            the address desks reach the server at, when not the bound one; null for that
 * @param storeKeySecret       what each member of staff's store key is derived from (HMAC-SHA256 of their
 *                             token's subject); null for {@link #DEFAULT_STORE_KEY_SECRET}. Fixed rather than
 *                             made at start, so a restarted server gives a desk the same key and its store still
 *                             opens. At least {@value #MIN_STORE_KEY_SECRET_BYTES} bytes; held as a copy
 */
public record StubConfig(
        int port,
        InetAddress bindAddress,
        long seed,
        int population,
        LocalDate today,
        Clock clock,
        Map<StubApi, Fault> faults,
        int traceIndexSize,
        int worklistDebts,
        boolean indexesBuiltAtStart,
        boolean auth,
        java.net.URI publicUrl,
        byte[] storeKeySecret) {

    public static final int DEFAULT_PORT = 0;
    public static final long DEFAULT_SEED = 42L;
    /** The debt service plans for 15 million debtors; every one of them answers. */
    public static final int DEFAULT_POPULATION = 15_000_000;
    public static final int DEFAULT_TRACE_INDEX_SIZE = 1_000_000;
    public static final int DEFAULT_WORKLIST_DEBTS = 120_000;
    /**
     * The store-key secret when none is given, as UTF-8. Published, not secret: a stub server holds
     * only synthetic citizens, and a training desk's store needs only to survive a restart. A server
     * whose desks' stores must not open with another stub's keys is given its own.
     */
    public static final String DEFAULT_STORE_KEY_SECRET = "caseview-stub-store-key-secret (synthetic data only)";
    public static final int MIN_STORE_KEY_SECRET_BYTES = 16;

    public StubConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(clock, "clock");
        if (population < 1 || population > NinoScheme.CAPACITY) {
            throw new IllegalArgumentException("population must be 1.." + NinoScheme.CAPACITY + ", was " + population);
        }
        if (traceIndexSize < 0) {
            throw new IllegalArgumentException("traceIndexSize must be >= 0, was " + traceIndexSize);
        }
        if (worklistDebts < 0 || worklistDebts > 5_000_000) {
            throw new IllegalArgumentException("worklistDebts must be 0..5000000, was " + worklistDebts);
        }
        EnumMap<StubApi, Fault> copy = new EnumMap<>(StubApi.class);
        if (faults != null) {
            copy.putAll(faults);
        }
        faults = Map.copyOf(copy);
        storeKeySecret = storeKeySecret == null
                ? DEFAULT_STORE_KEY_SECRET.getBytes(StandardCharsets.UTF_8)
                : storeKeySecret.clone();
        if (storeKeySecret.length < MIN_STORE_KEY_SECRET_BYTES) {
            throw new IllegalArgumentException("storeKeySecret must be at least " + MIN_STORE_KEY_SECRET_BYTES
                    + " bytes, was " + storeKeySecret.length);
        }
    }

    /** Ephemeral port on 127.0.0.1, seed 42, 15 million citizens, today's date, no faults, lazy indexes, tokens required. */
    public static StubConfig defaults() {
        return new StubConfig(DEFAULT_PORT, loopback(), DEFAULT_SEED, DEFAULT_POPULATION, null, Clock.systemUTC(),
                Map.of(), DEFAULT_TRACE_INDEX_SIZE, DEFAULT_WORKLIST_DEBTS, false, true, null, null);
    }

    public StubConfig withPort(int v) {
        return new StubConfig(v, bindAddress, seed, population, today, clock, faults, traceIndexSize, worklistDebts,
                indexesBuiltAtStart, auth, publicUrl, storeKeySecret);
    }

    public StubConfig withBindAddress(InetAddress v) {
        return new StubConfig(port, v, seed, population, today, clock, faults, traceIndexSize, worklistDebts,
                indexesBuiltAtStart, auth, publicUrl, storeKeySecret);
    }

    public StubConfig withSeed(long v) {
        return new StubConfig(port, bindAddress, v, population, today, clock, faults, traceIndexSize, worklistDebts,
                indexesBuiltAtStart, auth, publicUrl, storeKeySecret);
    }

    public StubConfig withPopulation(int v) {
        return new StubConfig(port, bindAddress, seed, v, today, clock, faults, traceIndexSize, worklistDebts,
                indexesBuiltAtStart, auth, publicUrl, storeKeySecret);
    }

    /** Pins the date the data is generated around, so a test sees identical dates every day. */
    public StubConfig withToday(LocalDate v) {
        return new StubConfig(port, bindAddress, seed, population, v, clock, faults, traceIndexSize, worklistDebts,
                indexesBuiltAtStart, auth, publicUrl, storeKeySecret);
    }

    public StubConfig withClock(Clock v) {
        return new StubConfig(port, bindAddress, seed, population, today, v, faults, traceIndexSize, worklistDebts,
                indexesBuiltAtStart, auth, publicUrl, storeKeySecret);
    }

    public StubConfig withFault(StubApi api, Fault fault) {
        EnumMap<StubApi, Fault> copy = new EnumMap<>(StubApi.class);
        copy.putAll(faults);
        copy.put(api, fault);
        return new StubConfig(port, bindAddress, seed, population, today, clock, copy, traceIndexSize, worklistDebts,
                indexesBuiltAtStart, auth, publicUrl, storeKeySecret);
    }

    public StubConfig withTraceIndexSize(int v) {
        return new StubConfig(port, bindAddress, seed, population, today, clock, faults, v, worklistDebts,
                indexesBuiltAtStart, auth, publicUrl, storeKeySecret);
    }

    public StubConfig withWorklistDebts(int v) {
        return new StubConfig(port, bindAddress, seed, population, today, clock, faults, traceIndexSize, v,
                indexesBuiltAtStart, auth, publicUrl, storeKeySecret);
    }

    public StubConfig withIndexesBuiltAtStart(boolean v) {
        return new StubConfig(port, bindAddress, seed, population, today, clock, faults, traceIndexSize,
                worklistDebts, v, auth, publicUrl, storeKeySecret);
    }

    /**
     * No token checks at all: for contract tests and quick demos only. The server logs a warning
     * when it starts like this, so nobody mistakes it for the real thing.
     */
    public StubConfig withoutAuth() {
        return new StubConfig(port, bindAddress, seed, population, today, clock, faults, traceIndexSize,
                worklistDebts, indexesBuiltAtStart, false, publicUrl, storeKeySecret);
    }

    /**
     * The address desks reach this server at (http://trainer-pc:8089), when it is not the one it is
     * bound to (a classroom server bound to 0.0.0.0): its sign-in provider names itself by it, and a
     * desk refuses a provider that names itself otherwise (OpenID Connect Discovery 4.3).
     */
    public StubConfig withPublicUrl(java.net.URI v) {
        return new StubConfig(port, bindAddress, seed, population, today, clock, faults, traceIndexSize,
                worklistDebts, indexesBuiltAtStart, auth, v, storeKeySecret);
    }

    /**
     * The secret each member of staff's store key is derived from, in place of the published default:
     * for a server whose desks' stores must not open with keys from any other stub.
     */
    public StubConfig withStoreKeySecret(byte[] v) {
        return new StubConfig(port, bindAddress, seed, population, today, clock, faults, traceIndexSize,
                worklistDebts, indexesBuiltAtStart, auth, publicUrl, Objects.requireNonNull(v, "secret"));
    }

    /** A copy: the record's own array is never handed out, so no caller can change the keys it derives. */
    @Override
    public byte[] storeKeySecret() {
        return storeKeySecret.clone();
    }

    /** Equal when every setting is, the secret compared by its bytes (a record compares arrays by identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof StubConfig c && port == c.port && seed == c.seed && population == c.population
                && traceIndexSize == c.traceIndexSize && worklistDebts == c.worklistDebts
                && indexesBuiltAtStart == c.indexesBuiltAtStart && auth == c.auth
                && bindAddress.equals(c.bindAddress) && Objects.equals(today, c.today) && clock.equals(c.clock)
                && Objects.equals(faults, c.faults) && Objects.equals(publicUrl, c.publicUrl)
                && java.util.Arrays.equals(storeKeySecret, c.storeKeySecret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(port, bindAddress, seed, population, today, clock, faults, traceIndexSize, worklistDebts,
                indexesBuiltAtStart, auth, publicUrl, java.util.Arrays.hashCode(storeKeySecret));
    }

    /** Every setting but the secret, which is never printed. */
    @Override
    public String toString() {
        return "StubConfig[port=" + port + ", bindAddress=" + bindAddress + ", seed=" + seed + ", population="
                + population + ", today=" + today + ", clock=" + clock + ", faults=" + faults + ", traceIndexSize="
                + traceIndexSize + ", worklistDebts=" + worklistDebts + ", indexesBuiltAtStart=" + indexesBuiltAtStart
                + ", auth=" + auth + ", publicUrl=" + publicUrl + ", storeKeySecret=(" + storeKeySecret.length
                + " bytes)]";
    }

    /** The phase-1 name of {@link #withIndexesBuiltAtStart}, which now also covers the worklist caseload. */
    public StubConfig withTraceIndexBuiltInBackground(boolean v) {
        return withIndexesBuiltAtStart(v);
    }

    /** The date data is generated around: {@link #today()} if pinned, else the clock's date. */
    public LocalDate effectiveToday() {
        return today != null ? today : LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
