package uk.caseview.app.shell;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.caseview.sdk.Nino;

/**
 * Customers opened in this session, most recent first, for the search box's suggestions.
 * Held in memory only: a list of names and NINOs is personal data and never goes to disk.
 * Thread-safe, because the suggestion popup asks from a background thread.
 */
public final class RecentCustomers {

    public static final int LIMIT = 20;

    public record Entry(Nino nino, String name) {
        /** What the suggestion list shows. */
        public String display() {
            return name == null ? nino.formatted() : nino.formatted() + "   " + name;
        }

        @Override
        public String toString() {
            return display();
        }
    }

    private final CopyOnWriteArrayList<Entry> entries = new CopyOnWriteArrayList<>();

    /** Records a visit, or moves it to the top; a name learnt later replaces an unknown one. */
    public synchronized void visited(Nino nino, String name) {
        Entry existing = entries.stream().filter(e -> e.nino().equals(nino)).findFirst().orElse(null);
        entries.removeIf(e -> e.nino().equals(nino));
        entries.add(0, new Entry(nino, name != null ? name : existing == null ? null : existing.name()));
        while (entries.size() > LIMIT) {
            entries.remove(entries.size() - 1);
        }
    }

    /** Entries whose NINO starts with, or whose name contains, what was typed; nothing for blank input. */
    public List<Entry> matching(String typed) {
        String t = typed == null ? "" : typed.trim().toLowerCase(Locale.UK);
        if (t.isEmpty()) {
            return List.of();
        }
        String asNino = Nino.normalise(typed);
        return entries.stream()
                .filter(e -> e.nino().value().startsWith(asNino)
                        || (e.name() != null && e.name().toLowerCase(Locale.UK).contains(t)))
                .toList();
    }

    public List<Entry> all() {
        return List.copyOf(entries);
    }
}
