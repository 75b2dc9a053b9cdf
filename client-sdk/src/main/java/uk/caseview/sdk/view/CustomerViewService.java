package uk.caseview.sdk.view;

import java.util.concurrent.CompletableFuture;
import uk.caseview.sdk.Nino;

/** Fetches the five sources of one customer's view in parallel and merges them. */
public interface CustomerViewService extends AutoCloseable {

    /**
     * Starts loading; the listener hears each source as it lands (cached values first, when
     * there are any), and the future completes once every source has a final state. Never
     * completes exceptionally: a failed source is {@link SourceState.Unavailable}.
     */
    CompletableFuture<CustomerView> load(Nino nino, CustomerViewListener listener);

    /**
     * As {@link #load(Nino, CustomerViewListener)}, with earnings for the given pay dates
     * instead of the last 12 months.
     */
    default CompletableFuture<CustomerView> load(Nino nino, EarningsWindow earnings, CustomerViewListener listener) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no earnings window");
    }

    /** Fetches one source again, bypassing the cache, e.g. after "Retry". */
    CompletableFuture<CustomerView> reload(Nino nino, Source source, CustomerViewListener listener);

    @Override
    void close();
}
