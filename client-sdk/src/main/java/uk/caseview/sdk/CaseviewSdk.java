package uk.caseview.sdk;

import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.sdk.cache.CachePolicy;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.http.ApiClientFactory;
import uk.caseview.sdk.http.ApiEndpoint;
import uk.caseview.sdk.http.ResilienceSettings;
import uk.caseview.sdk.http.TrustStore;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxSettings;
import uk.caseview.sdk.outbox.WriteDispatcher;
import uk.caseview.sdk.store.KeyProvider;
import uk.caseview.sdk.store.LocalStore;
import uk.caseview.sdk.store.OfflineStore;
import uk.caseview.sdk.store.StoreUnavailableException;
import uk.caseview.sdk.view.CustomerViewService;
import uk.caseview.sdk.view.DefaultCustomerViewService;
import uk.caseview.sdk.view.Source;

/**
 * The SDK's front door: one instance per signed-in caseworker, built once at start-up and
 * closed at exit. Everything it hands out is thread-safe and blocking calls never run on the
 * caller's thread unless the caller makes them (the {@link #apis()} clients block).
 *
 * <pre>{@code
 * try (CaseviewSdk sdk = CaseviewSdk.builder().baseUri(URI.create("https://gateway.example")).build()) {
 *     sdk.customerViews().load(nino, (view, source) -> ...);
 * }
 * }</pre>
 */
public final class CaseviewSdk implements AutoCloseable {

    private final CaseviewApis apis;
    private final DefaultCustomerViewService customerViews;
    private final Clock clock;
    private final Path dataDirectory;
    private final LocalStore store;
    private final Outbox outbox;
    /** With a store per person: the deployment's machine key wrapped around each person's, if one was given. */
    private final Optional<KeyProvider> machineKey;
    private String storeUnlockedFor;

    private CaseviewSdk(Builder b) {
        this.clock = b.clock;
        this.dataDirectory = b.dataDirectory;
        Map<Source, ApiEndpoint> endpoints = new EnumMap<>(Source.class);
        Map<Source, Duration> deadlines = new EnumMap<>(Source.class);
        Map<Source, CachePolicy> policies = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            URI base = b.baseUris.getOrDefault(s, b.defaultBaseUri);
            if (base == null) {
                throw new IllegalStateException("No base URI for the " + s.serviceName()
                        + ": call baseUri(uri) or baseUri(source, uri)");
            }
            ApiEndpoint endpoint = new ApiEndpoint(base,
                    b.connectTimeouts.getOrDefault(s, b.connectTimeout),
                    b.readTimeouts.getOrDefault(s, b.readTimeout));
            endpoints.put(s, endpoint);
            // Enough for a connection, a full read and a short retry pause; beyond it the source gives up.
            deadlines.put(s, b.deadlines.getOrDefault(s,
                    endpoint.connectTimeout().plus(endpoint.readTimeout()).plusSeconds(1)));
            policies.put(s, b.cachePolicies.getOrDefault(s, CachePolicy.defaultFor(s)));
        }
        ApiClientFactory factory = new ApiClientFactory(
                endpoints, b.tokenProvider, b.trainingSession, clock, b.maxResponseBytes, b.maxDocumentBytes,
                b.trustStorePath == null ? null : TrustStore.sslContext(b.trustStorePath, b.trustStorePassword, b.trustStoreType),
                b.resilience);
        this.apis = factory.create();
        this.machineKey = b.keyProviderChosen ? Optional.of(b.keyProvider) : Optional.empty();
        this.store = dataDirectory == null
                ? null
                : b.storePerPerson
                        ? LocalStore.openLocked(dataDirectory, b.offlineRetention, clock)
                        : LocalStore.open(dataDirectory, b.keyProvider, b.offlineRetention, clock);
        this.customerViews = new DefaultCustomerViewService(
                apis, policies, b.maxCacheWeight, deadlines, clock, store == null ? null : store.views());
        this.outbox = store == null
                ? null
                : new Outbox(store.database(), store.sealer(),
                        new WriteDispatcher(apis, factory.createUploadApi()), clock, b.outboxSettings);
        if (outbox != null && b.startOutbox) {
            outbox.start();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The five API clients. Each call blocks: never call one on a UI thread. Failures are {@code ApiException}s. */
    public CaseviewApis apis() {
        return apis;
    }

    /** Loads merged customer views, five sources in parallel, cached. */
    public CustomerViewService customerViews() {
        return customerViews;
    }

    public Clock clock() {
        return clock;
    }

    /** Where the SDK keeps its offline store and outbox; null when none was configured. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Forgets every cached view in memory. */
    public void clearCache() {
        customerViews.clearCache();
    }

    /**
     * Where every write goes: durable on disk before {@code submit} returns, then delivered in
     * order per customer.
     *
     * @throws IllegalStateException if the SDK was built without a data directory
     */
    public Outbox outbox() {
        if (outbox == null) {
            throw new IllegalStateException("The outbox needs a data directory: CaseviewSdk.builder().dataDirectory(...)");
        }
        return outbox;
    }

    /** The encrypted store of last-seen views, when a data directory was configured. */
    public Optional<OfflineStore> offlineStore() {
        return Optional.ofNullable(store).map(LocalStore::views);
    }

    /**
     * With a store per person ({@link Builder#storePerPerson()}): asks the service for the
     * signed-in person's store key and unlocks their part of the store with it, then lets their
     * queued writes go. The key is held only while they are signed in; a different person's
     * unlock first lets go of the last one's. Nothing to do when it is already theirs, or when
     * the store is one per machine. Blocking: call off the UI thread, after sign-in (the call
     * carries their token).
     *
     * @param staffId the signed-in person (the token's subject); kept in memory only
     * @throws uk.caseview.sdk.error.ApiException if the service did not release the key
     * @throws StoreUnavailableException           if the key does not open their saved work here
     */
    public synchronized void unlockStore(String staffId) {
        Objects.requireNonNull(staffId, "staffId");
        if (!storePerPerson() || (staffId.equals(storeUnlockedFor) && store.isUnlocked())) {
            return;
        }
        lockStore();
        byte[] key = apis.citizen().storeKey().keyBytes();
        try {
            store.unlockFor(key, machineKey);
            storeUnlockedFor = staffId;
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
        if (outbox != null) {
            outbox.signedInChanged();
        }
    }

    /** Lets go of the signed-in person's store key (a store per person); nothing on disk is readable after. */
    public synchronized void lockStore() {
        if (storePerPerson()) {
            store.lock();
            storeUnlockedFor = null;
        }
    }

    /** Whether the store can be read and written now: always, unless it is per person and nobody has unlocked it. */
    public boolean storeUnlocked() {
        return store != null && store.isUnlocked();
    }

    private boolean storePerPerson() {
        return store != null && store.perPerson();
    }

    /** Forgets every customer this SDK has seen: memory cache and the offline store's saved views. */
    public void forgetCustomers() {
        customerViews.clearCache();
        if (store != null) {
            try {
                store.views().wipe();
            } catch (SQLException e) {
                throw new StoreUnavailableException("Caseview couldn't clear its saved customer data.", e);
            }
        }
    }

    /**
     * {@link #forgetCustomers()}, and with a store per person, lets go of their key. Writes still
     * in the outbox are kept (encrypted) and still sent once their author signs in again: signing
     * out must not lose a caseworker's work.
     */
    public void signOut() {
        try {
            forgetCustomers();
        } finally {
            lockStore();
        }
    }

    @Override
    public void close() {
        if (outbox != null) {
            outbox.close();
        }
        customerViews.clearCache();
        customerViews.close();
        if (store != null) {
            try {
                store.close();
            } catch (SQLException e) {
                // Closing a SQLite connection only fails if it was already broken; nothing is left to save.
            }
        }
    }

    /** Configures an SDK. Only a base URI is required; every other setting has a safe default. */
    public static final class Builder {

        private static final Pattern TRAINING_SESSION = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

        private URI defaultBaseUri;
        private final Map<Source, URI> baseUris = new EnumMap<>(Source.class);
        private Duration connectTimeout = Duration.ofSeconds(2);
        private Duration readTimeout = Duration.ofSeconds(5);
        private final Map<Source, Duration> connectTimeouts = new EnumMap<>(Source.class);
        private final Map<Source, Duration> readTimeouts = new EnumMap<>(Source.class);
        private final Map<Source, Duration> deadlines = new EnumMap<>(Source.class);
        private final Map<Source, CachePolicy> cachePolicies = new EnumMap<>(Source.class);
        private TokenProvider tokenProvider = TokenProvider.none();
        private String trainingSession;
        private Clock clock = Clock.systemUTC();
        private Path dataDirectory;
        private long maxResponseBytes = 16L * 1024 * 1024;
        private long maxDocumentBytes = uk.caseview.sdk.client.EvidenceDocument.MAX_BYTES;
        private long maxCacheWeight = 250_000;
        private ResilienceSettings resilience = ResilienceSettings.defaults();
        private KeyProvider keyProvider = KeyProvider.fromEnvironment("CASEVIEW_STORE_KEY");
        private boolean keyProviderChosen;
        private boolean storePerPerson;
        private Duration offlineRetention = Duration.ofHours(72);
        private OutboxSettings outboxSettings = OutboxSettings.defaults();
        private Path trustStorePath;
        private char[] trustStorePassword;
        private String trustStoreType = "PKCS12";
        private boolean startOutbox = true;

        private Builder() {}

        /** The gateway (or stub server) all five APIs live under. */
        public Builder baseUri(URI uri) {
            this.defaultBaseUri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /** One API at a different address from the rest. */
        public Builder baseUri(Source source, URI uri) {
            baseUris.put(source, Objects.requireNonNull(uri, "uri"));
            return this;
        }

        /** Default 2 seconds. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout);
            return this;
        }

        /** How long to wait for an answer once connected. Default 5 seconds. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout);
            return this;
        }

        public Builder timeouts(Source source, Duration connect, Duration read) {
            connectTimeouts.put(source, positive(connect));
            readTimeouts.put(source, positive(read));
            return this;
        }

        /**
         * The most a customer view waits for one source, retries included, before showing it as
         * unavailable. Default: connect plus read timeout plus one second.
         */
        public Builder sourceDeadline(Source source, Duration deadline) {
            deadlines.put(source, positive(deadline));
            return this;
        }

        public Builder cachePolicy(Source source, CachePolicy policy) {
            cachePolicies.put(source, Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /** The in-memory cache's bound, in rows (a pay period, a debt, an evidence item...). */
        public Builder maxCacheWeight(long rows) {
            this.maxCacheWeight = rows;
            return this;
        }

        /** Retries, circuit breaker and bulkhead, the same for each API. Default {@link ResilienceSettings#defaults()}. */
        public Builder resilience(ResilienceSettings settings) {
            this.resilience = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Trust only the certificates in this store for HTTPS (e.g. the gateway's CA). Without
         * one, the JDK's default trust store is used. Certificate and host name checks always apply.
         */
        public Builder trustStore(Path path, char[] password) {
            return trustStore(path, password, "PKCS12");
        }

        /** @param type "PKCS12" or "JKS" */
        public Builder trustStore(Path path, char[] password, String type) {
            this.trustStorePath = Objects.requireNonNull(path, "path");
            this.trustStorePassword = password == null ? null : password.clone();
            this.trustStoreType = Objects.requireNonNull(type, "type");
            return this;
        }

        /** Default: no Authorization header, as the stub server wants. */
        public Builder tokenProvider(TokenProvider provider) {
            this.tokenProvider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /** A trainee's session id, sent as X-Training-Session so their writes stay in their overlay. */
        public Builder trainingSession(String sessionId) {
            if (sessionId != null && !TRAINING_SESSION.matcher(sessionId).matches()) {
                throw new IllegalArgumentException("A training session id is 1-64 letters, digits, _ or -");
            }
            this.trainingSession = sessionId;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Where the encrypted offline store and outbox live (created if missing). Without one,
         * nothing is kept on disk and there is no outbox.
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Where the key that unlocks the store comes from. Default: 32 bytes, base64, in the
         * environment variable CASEVIEW_STORE_KEY. See {@link KeyProvider}.
         */
        public Builder keyProvider(KeyProvider provider) {
            this.keyProvider = Objects.requireNonNull(provider, "provider");
            this.keyProviderChosen = true;
            return this;
        }

        /**
         * Each person who signs in at this computer gets their own store keys, wrapped by a key
         * the service releases to them ({@code getStoreKey}) and, if {@link #keyProvider} was set,
         * by that machine key too. The store is locked until {@link CaseviewSdk#unlockStore(String)}
         * and again after {@link CaseviewSdk#signOut()}. See decision 0703.
         */
        public Builder storePerPerson() {
            this.storePerPerson = true;
            return this;
        }

        public Builder outboxSettings(OutboxSettings settings) {
            this.outboxSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Whether the outbox starts delivering as soon as the SDK is built (default true). With
         * false, writes are queued durably and sent only after {@code outbox().start()}.
         */
        public Builder startOutbox(boolean start) {
            this.startOutbox = start;
            return this;
        }

        /** How long a last-seen view stays in the offline store. Default 72 hours. */
        public Builder offlineRetention(Duration retention) {
            this.offlineRetention = positive(retention);
            return this;
        }

        /** The largest response body the SDK will read; a bigger one is a typed error. Default 16 MiB. */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxResponseBytes below 1 KiB would refuse ordinary answers");
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * The largest evidence document the SDK will read into memory; a bigger one is a
         * {@code DocumentTooLargeException}. Default {@code EvidenceDocument.MAX_BYTES} (20 MiB).
         */
        public Builder maxDocumentBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxDocumentBytes must be positive");
            }
            this.maxDocumentBytes = bytes;
            return this;
        }

        public CaseviewSdk build() {
            return new CaseviewSdk(this);
        }

        private static Duration positive(Duration d) {
            Objects.requireNonNull(d, "duration");
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("Durations must be positive");
            }
            return d;
        }
    }
}
