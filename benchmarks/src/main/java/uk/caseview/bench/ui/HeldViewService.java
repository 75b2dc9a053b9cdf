package uk.caseview.bench.ui;

import java.util.concurrent.CompletableFuture;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.CustomerViewListener;
import uk.caseview.sdk.view.CustomerViewService;
import uk.caseview.sdk.view.Source;

/**
 * "The data is in hand", for the shell's own {@code CustomerTab}: a customer-view service that
 * answers every source at once, on the calling thread, from views fetched through the real SDK
 * before timing. Called on the FX thread only. With a panel context whose FX hop runs inline on the FX thread, a tab's
 * {@code load()} shows the whole record within the measured turn.
 */
final class HeldViewService implements CustomerViewService {

    private final CustomerView first;
    private final CustomerView again;
    private CustomerView held;

    /**
     * @param first the record as fetched
     * @param again the same record fetched again (equal, new objects): every other load answers
     *        with it, as a real refresh does, so a panel's equality check is exercised, not its identity check
     */
    HeldViewService(CustomerView first, CustomerView again) {
        this.first = first;
        this.again = again;
    }

    @Override
    public CompletableFuture<CustomerView> load(Nino nino, CustomerViewListener listener) {
        held = held == first ? again : first;
        for (Source source : Source.values()) {
            listener.onSourceUpdated(held, source);
        }
        return CompletableFuture.completedFuture(held);
    }

    @Override
    public CompletableFuture<CustomerView> reload(Nino nino, Source source, CustomerViewListener listener) {
        held = held == null ? first : held;
        listener.onSourceUpdated(held, source);
        return CompletableFuture.completedFuture(held);
    }

    @Override
    public void close() {}
}
