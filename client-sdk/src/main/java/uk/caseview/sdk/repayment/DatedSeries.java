package uk.caseview.sdk.repayment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Values that change on given dates: the value in force on a day is the latest one whose
 * {@code from} is on or before that day. A day before the first entry has no value, and asking
 * for one is an error rather than a silent guess.
 */
public final class DatedSeries<T> {

    public record Entry<T>(LocalDate from, T value) {
        public Entry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
        }
    }

    private final String name;
    private final List<Entry<T>> entries;

    public DatedSeries(String name, List<Entry<T>> entries) {
        this.name = name;
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::from));
        if (sorted.isEmpty()) {
            throw new ReferenceDataException(name + " has no entries.");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
                throw new ReferenceDataException(name + " has two entries from " + sorted.get(i).from() + ".");
            }
        }
        this.entries = List.copyOf(sorted);
    }

    public T on(LocalDate day) {
        // A handful of entries: a backwards scan beats a binary search's bookkeeping.
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry<T> e = entries.get(i);
            if (!e.from().isAfter(day)) {
                return e.value();
            }
        }
        throw new ReferenceDataException(
                "There is no " + name + " for " + day + "; the reference data starts on " + entries.get(0).from() + ".");
    }

    /** The first day {@link #on} answers for. */
    public LocalDate firstDay() {
        return entries.get(0).from();
    }

    /** The day the value in force on {@code day} took effect. */
    public LocalDate inForceSince(LocalDate day) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!entries.get(i).from().isAfter(day)) {
                return entries.get(i).from();
            }
        }
        throw new ReferenceDataException("There is no " + name + " for " + day + ".");
    }

    /** Every value in force at some point from {@code first} to {@code last}, both included, oldest first. */
    public List<Entry<T>> between(LocalDate first, LocalDate last) {
        LocalDate since = inForceSince(first);
        List<Entry<T>> out = new ArrayList<>();
        for (Entry<T> e : entries) {
            if (!e.from().isBefore(since) && !e.from().isAfter(last)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    public List<Entry<T>> entries() {
        return entries;
    }
}
