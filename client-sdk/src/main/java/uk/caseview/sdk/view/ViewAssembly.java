package uk.caseview.sdk.view;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the sources of one load as they land. Updates are applied and announced under one
 * lock, so the listener sees views in order and each view includes every earlier update.
 */
final class ViewAssembly {

    private static final Logger log = LoggerFactory.getLogger(ViewAssembly.class);

    private final CustomerViewListener listener;
    private final Set<Source> pending;
    private final CompletableFuture<CustomerView> result = new CompletableFuture<>();
    private CustomerView view;

    ViewAssembly(CustomerView start, Set<Source> awaited, CustomerViewListener listener) {
        this.view = start;
        this.pending = awaited.isEmpty() ? EnumSet.noneOf(Source.class) : EnumSet.copyOf(awaited);
        this.listener = listener;
        if (pending.isEmpty()) {
            result.complete(start);
        }
    }

    /** A state that may still change (a cached value while the fresh one is fetched). */
    void interim(Source source, SourceState<?> state) {
        apply(source, state, false);
    }

    /** The last state this load will give the source. */
    void settle(Source source, SourceState<?> state) {
        apply(source, state, true);
    }

    CompletableFuture<CustomerView> result() {
        return result;
    }

    private void apply(Source source, SourceState<?> state, boolean last) {
        CustomerView completed = null;
        synchronized (this) {
            if (!pending.contains(source)) {
                return;
            }
            view = view.with(source, state);
            notifyListener(source);
            if (last) {
                pending.remove(source);
                if (pending.isEmpty()) {
                    completed = view;
                }
            }
        }
        if (completed != null) {
            result.complete(completed);
        }
    }

    private void notifyListener(Source source) {
        try {
            listener.onSourceUpdated(view, source);
        } catch (RuntimeException e) {
            // A broken listener must not stop the other sources arriving.
            log.warn("Customer view listener failed on {}: {}", source, e.getClass().getSimpleName());
        }
    }
}
