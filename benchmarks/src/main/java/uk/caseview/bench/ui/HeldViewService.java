package uk.caseview.bench.ui;

import java.util.concurrent.CompletableFuture;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.CustomerViewListener;
import uk.caseview.sdk.view.CustomerViewService;
import uk.caseview.sdk.view.Source;

/**
 * "The data is in hand", for the shell's own {@code CustomerTab}: a customer-view service that
 * answers every source at once, on the calling thread, from a view fetched through the real SDK
 * before timing. With a panel context whose FX hop runs inline on the FX thread, a tab's
 * {@code load()} shows the whole record within the measured turn.
 */
final class HeldViewService implements CustomerViewService {

    private final CustomerView held;

    HeldViewService(CustomerView held) {
        this.held = held;
    }

    @Override
    public CompletableFuture<CustomerView> load(Nino nino, CustomerViewListener listener) {
        for (Source source : Source.values()) {
            listener.onSourceUpdated(held, source);
        }
        return CompletableFuture.completedFuture(held);
    }

    @Override
    public CompletableFuture<CustomerView> reload(Nino nino, Source source, CustomerViewListener listener) {
        listener.onSourceUpdated(held, source);
        return CompletableFuture.completedFuture(held);
    }

    @Override
    public void close() {}
}
