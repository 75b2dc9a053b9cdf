package uk.caseview.app.shell;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.sdk.Nino;

/**
 * Customer tabs closed in the last few minutes of work, kept whole so that opening the same
 * customer again (the citizen rings back, the agent closed the tab too soon) shows the screen at
 * once, as it was left, instead of building every panel again. Their screens stay in the scene,
 * hidden ({@link TabDeck}), so coming back costs no CSS. Only a handful are kept; the oldest is
 * disposed when another is parked. Their data lives only in memory, like an open tab's.
 */
final class ParkedCustomers {

    static final int KEPT = 4;

    private final LinkedHashMap<Nino, CustomerTab> parked = new LinkedHashMap<>();
    private final Consumer<CustomerTab> discarded;

    /** @param discarded told of each tab disposed here, so the shell can take its screen out of the scene */
    ParkedCustomers(Consumer<CustomerTab> discarded) {
        this.discarded = discarded;
    }

    void park(CustomerTab tab) {
        tab.park();
        CustomerTab previous = parked.remove(tab.nino());
        if (previous != null && previous != tab) {
            discard(previous);
        }
        parked.put(tab.nino(), tab);
        Iterator<Map.Entry<Nino, CustomerTab>> oldestFirst = parked.entrySet().iterator();
        while (parked.size() > KEPT && oldestFirst.hasNext()) {
            CustomerTab oldest = oldestFirst.next().getValue();
            oldestFirst.remove();
            discard(oldest);
        }
    }

    private void discard(CustomerTab tab) {
        tab.dispose();
        discarded.accept(tab);
    }

    /** The parked tab for this customer, taken out of the parking; empty if there is none. */
    Optional<CustomerTab> take(Nino nino) {
        return Optional.ofNullable(parked.remove(nino));
    }

    int size() {
        return parked.size();
    }

    void disposeAll() {
        java.util.List<CustomerTab> all = java.util.List.copyOf(parked.values());
        parked.clear();
        all.forEach(this::discard);
    }
}
