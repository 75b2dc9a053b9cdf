package uk.caseview.bench.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.panel.PanelProvider;

/**
 * "The data is in hand": one persona's customer view, fetched through the SDK from an embedded
 * stub before anything is measured, plus the panel providers as the shell discovers them.
 */
final class LoadedCustomer implements AutoCloseable {

    final CustomerView view;
    /** The same customer fetched again after clearing the cache: equal data, different objects, so panels re-render. */
    final CustomerView sameCustomerAgain;
    final List<PanelProvider> providers;
    final PanelContext context;
    /** As {@link #context}, but a hop to the FX thread made on it runs at once (see {@link HeldViewService}). */
    final PanelContext inlineContext;
    /** Answers at once with {@link #view}. */
    final HeldViewService held;
    private final StubServer stub;
    private final CaseviewSdk sdk;

    LoadedCustomer(String nino) throws Exception {
        Nino persona = Nino.parse(nino);
        stub = StubServer.start(StubConfig.defaults().withoutAuth() /* measures the SDK and stub data, not token checks */);
        sdk = CaseviewSdk.builder().baseUri(stub.baseUri()).readTimeout(Duration.ofSeconds(10)).build();
        view = loadFully(persona);
        sdk.clearCache();
        sameCustomerAgain = loadFully(persona);
        providers = ServiceLoader.load(PanelProvider.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(PanelProvider::order)).toList();
        if (providers.size() < 5) {
            throw new IllegalStateException("Expected every panel provider (five sources and the timeline), found "
                    + providers.size());
        }
        context = new BenchPanelContext(persona, sdk.apis(), BackgroundTasks.onVirtualThreads(), Clock.systemDefaultZone());
        inlineContext = new BenchPanelContext(persona, sdk.apis(), new BackgroundTasks(
                java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor(), work -> {
                    if (javafx.application.Platform.isFxApplicationThread()) {
                        work.run();
                    } else {
                        javafx.application.Platform.runLater(work);
                    }
                }), Clock.systemDefaultZone());
        held = new HeldViewService(view, sameCustomerAgain);
    }

    private CustomerView loadFully(Nino persona) throws Exception {
        CustomerView loaded = sdk.customerViews().load(persona, (v, s) -> { }).get(60, TimeUnit.SECONDS);
        if (!loaded.states().values().stream().allMatch(s -> s instanceof SourceState.Loaded<?>)) {
            throw new IllegalStateException("The persona did not load fully: " + loaded.states().values().stream()
                    .map(s -> s.getClass().getSimpleName()).toList());
        }
        return loaded;
    }

    /** Sizes of the record's lists, never its contents (no personal data in benchmark output). */
    String sizes() {
        long periods = ((Earnings) value(Source.EARNINGS)).employments().stream().mapToLong(e -> e.periods().size()).sum();
        int debts = ((Debts) value(Source.DEBT)).debts().size();
        int evidence = ((EvidenceList) value(Source.EVIDENCE)).items().size();
        return periods + " RTI periods, " + debts + " debts, " + evidence + " evidence items";
    }

    /** The SDK's customer-view service, as the shell's customer tabs use it. */
    uk.caseview.sdk.view.CustomerViewService views() {
        return sdk.customerViews();
    }

    Nino nino() {
        return view.nino();
    }

    private Object value(Source source) {
        return ((SourceState.Loaded<?>) view.state(source)).value();
    }

    @Override
    public void close() {
        sdk.close();
        stub.close();
    }
}
