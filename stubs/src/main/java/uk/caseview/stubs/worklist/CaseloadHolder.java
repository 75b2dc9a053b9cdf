package uk.caseview.stubs.worklist;

import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.stubs.data.gen.Population;

/** Builds the caseload once, on first use or in the background at start, and hands it to every request. */
public final class CaseloadHolder {

    private static final Logger LOG = LoggerFactory.getLogger(CaseloadHolder.class);

    private final Population population;
    private final int targetDebts;
    private final CompletableFuture<Caseload> caseload = new CompletableFuture<>();
    private boolean claimed;

    public CaseloadHolder(Population population, int targetDebts) {
        this.population = population;
        this.targetDebts = targetDebts;
    }

    public void buildInBackground() {
        if (claim()) {
            Thread.ofPlatform().name("worklist-caseload").daemon(true).start(this::build);
        }
    }

    public Caseload get() {
        if (claim()) {
            build();
        }
        return caseload.join();
    }

    private synchronized boolean claim() {
        if (claimed) {
            return false;
        }
        claimed = true;
        return true;
    }

    private void build() {
        try {
            long start = System.nanoTime();
            Caseload built = Caseload.build(population, targetDebts);
            LOG.info("Worklist caseload of {} debts built in {} ms; it holds {} KiB", built.size(),
                    (System.nanoTime() - start) / 1_000_000, built.bytes() / 1024);
            caseload.complete(built);
        } catch (RuntimeException | Error e) {
            caseload.completeExceptionally(e);
            throw e;
        }
    }
}
