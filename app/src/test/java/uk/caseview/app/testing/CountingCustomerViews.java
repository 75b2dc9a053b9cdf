package uk.caseview.app.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.CustomerViewListener;
import uk.caseview.sdk.view.CustomerViewService;
import uk.caseview.sdk.view.Source;

/** The real SDK service, counting what the app asks of it: proof that a bad NINO asks nothing. */
public final class CountingCustomerViews implements CustomerViewService {

    private final CustomerViewService delegate;
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger reloads = new AtomicInteger();

    public CountingCustomerViews(CustomerViewService delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<CustomerView> load(Nino nino, CustomerViewListener listener) {
        loads.incrementAndGet();
        return delegate.load(nino, listener);
    }

    @Override
    public CompletableFuture<CustomerView> reload(Nino nino, Source source, CustomerViewListener listener) {
        reloads.incrementAndGet();
        return delegate.reload(nino, source, listener);
    }

    public int loads() {
        return loads.get();
    }

    public int reloads() {
        return reloads.get();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
