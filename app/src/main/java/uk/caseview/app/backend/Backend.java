package uk.caseview.app.backend;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.app.config.AppConfig;
import uk.caseview.app.config.Mode;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.view.CustomerViewService;
import uk.caseview.sdk.view.Source;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;

/**
 * Everything behind the screen: the SDK and, in training mode, the embedded stub server it
 * talks to over loopback HTTP. The app reaches data only through here, the same way in
 * training and live, so training exercises the real path. Starting blocks (the stub server
 * binds a port and builds its data): call it off the FX thread.
 */
public final class Backend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);

    private final Mode mode;
    private final CaseviewSdk sdk;
    private final CustomerViewService customerViews;
    private final StubServer stub;
    private final URI address;

    public Backend(Mode mode, CaseviewSdk sdk, CustomerViewService customerViews, StubServer stub, URI address) {
        this.mode = mode;
        this.sdk = sdk;
        this.customerViews = customerViews;
        this.stub = stub;
        this.address = address;
    }

    public static Backend start(AppConfig config) {
        // The trace index over a million citizens takes a while to build: do it while the agent
        // is still reading the start page, not on their first trace.
        return start(config, StubConfig.defaults().withTraceIndexBuiltInBackground(true));
    }

    public static Backend start(AppConfig config, StubConfig stubConfig) {
        if (config.mode() == Mode.TRAINING) {
            StubServer stub = StubServer.start(stubConfig);
            try {
                CaseviewSdk sdk = CaseviewSdk.builder().baseUri(stub.baseUri()).trainingSession("caseview-desktop").build();
                LOG.info("Training mode: embedded stub server on port {}", stub.port());
                return new Backend(Mode.TRAINING, sdk, sdk.customerViews(), stub, stub.baseUri());
            } catch (RuntimeException e) {
                stub.close();
                throw e;
            }
        }
        CaseviewSdk.Builder builder = CaseviewSdk.builder();
        config.apiUrl().ifPresent(builder::baseUri);
        for (Map.Entry<Source, URI> e : config.perApi().entrySet()) {
            builder.baseUri(e.getKey(), e.getValue());
        }
        CaseviewSdk sdk = builder.build();
        URI shown = config.apiUrl().orElse(config.perApi().get(Source.CITIZEN));
        return new Backend(Mode.LIVE, sdk, sdk.customerViews(), null, shown);
    }

    public Mode mode() {
        return mode;
    }

    public CaseviewSdk sdk() {
        return sdk;
    }

    public CaseviewApis apis() {
        return sdk.apis();
    }

    public CustomerViewService customerViews() {
        return customerViews;
    }

    /** The embedded stub server, in training mode. */
    public Optional<StubServer> stub() {
        return Optional.ofNullable(stub);
    }

    /** Where the APIs are, for the status bar: the host, never a path or query. */
    public URI address() {
        return address;
    }

    @Override
    public void close() {
        try {
            customerViews.close();
            sdk.close();
        } finally {
            if (stub != null) {
                stub.close();
            }
        }
    }
}
