package uk.caseview.stubs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a stub server is started. Immutable; change it with the withers.
 *
 * @param port          TCP port; 0 picks a free ephemeral port
 * @param bindAddress   where to listen; loopback by default, so a classroom laptop exposes nothing
 * @param seed          the data set: the same seed always gives the same citizens
 * @param population    how many generated citizens exist (NINO index 0 .. population-1)
 * @param today         the date the data is generated around; null means the real date at start
 * @param clock         the time stamped on writes (notes, uploads, notifications)
 * @param faults        faults in force from the start, per API
 * @param traceIndexSize how many generated citizens the trace index covers (0 turns tracing of generated citizens off)
 * @param buildTraceIndexInBackground build the trace index on a background thread at start instead of on the first trace
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
        boolean buildTraceIndexInBackground) {

    public static final int DEFAULT_PORT = 0;
    public static final long DEFAULT_SEED = 42L;
    /** The debt service plans for 15 million debtors; every one of them answers. */
    public static final int DEFAULT_POPULATION = 15_000_000;
    public static final int DEFAULT_TRACE_INDEX_SIZE = 1_000_000;

    public StubConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(clock, "clock");
        if (population < 1 || population > uk.caseview.stubs.data.NinoScheme.CAPACITY) {
            throw new IllegalArgumentException(
                    "population must be 1.." + uk.caseview.stubs.data.NinoScheme.CAPACITY + ", was " + population);
        }
        if (traceIndexSize < 0) {
            throw new IllegalArgumentException("traceIndexSize must be >= 0, was " + traceIndexSize);
        }
        EnumMap<StubApi, Fault> copy = new EnumMap<>(StubApi.class);
        if (faults != null) {
            copy.putAll(faults);
        }
        faults = Map.copyOf(copy);
    }

    /** Ephemeral port on 127.0.0.1, seed 42, 15 million citizens, today's date, no faults. */
    public static StubConfig defaults() {
        return new StubConfig(
                DEFAULT_PORT,
                loopback(),
                DEFAULT_SEED,
                DEFAULT_POPULATION,
                null,
                Clock.systemUTC(),
                Map.of(),
                DEFAULT_TRACE_INDEX_SIZE,
                false);
    }

    public StubConfig withPort(int newPort) {
        return new StubConfig(newPort, bindAddress, seed, population, today, clock, faults, traceIndexSize,
                buildTraceIndexInBackground);
    }

    public StubConfig withBindAddress(InetAddress address) {
        return new StubConfig(port, address, seed, population, today, clock, faults, traceIndexSize,
                buildTraceIndexInBackground);
    }

    public StubConfig withSeed(long newSeed) {
        return new StubConfig(port, bindAddress, newSeed, population, today, clock, faults, traceIndexSize,
                buildTraceIndexInBackground);
    }

    public StubConfig withPopulation(int newPopulation) {
        return new StubConfig(port, bindAddress, seed, newPopulation, today, clock, faults, traceIndexSize,
                buildTraceIndexInBackground);
    }

    /** Pins the date the data is generated around, so a test sees identical dates every day. */
    public StubConfig withToday(LocalDate day) {
        return new StubConfig(port, bindAddress, seed, population, day, clock, faults, traceIndexSize,
                buildTraceIndexInBackground);
    }

    public StubConfig withClock(Clock newClock) {
        return new StubConfig(port, bindAddress, seed, population, today, newClock, faults, traceIndexSize,
                buildTraceIndexInBackground);
    }

    public StubConfig withFault(StubApi api, Fault fault) {
        EnumMap<StubApi, Fault> copy = new EnumMap<>(StubApi.class);
        copy.putAll(faults);
        copy.put(api, fault);
        return new StubConfig(port, bindAddress, seed, population, today, clock, copy, traceIndexSize,
                buildTraceIndexInBackground);
    }

    public StubConfig withTraceIndexSize(int size) {
        return new StubConfig(port, bindAddress, seed, population, today, clock, faults, size,
                buildTraceIndexInBackground);
    }

    public StubConfig withTraceIndexBuiltInBackground(boolean background) {
        return new StubConfig(port, bindAddress, seed, population, today, clock, faults, traceIndexSize, background);
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
