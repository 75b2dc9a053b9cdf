package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import uk.caseview.stubs.data.CitizenData;

/**
 * The generated population for one (seed, today): any of its citizens, made on demand from the
 * index alone. Holds no per-citizen state, so fifteen million citizens cost no memory.
 */
public final class Population {

    private final int size;
    private final IdentityGenerator identities;
    private final ProfileGenerator profiles;
    private final CitizenGenerator citizens;
    private final EarningsGenerator earnings;
    private final AwardGenerator awards;
    private final DebtGenerator debts;
    private final EvidenceGenerator evidence;
    private final NoteGenerator notes;

    public Population(long seed, int size, LocalDate today) {
        this.size = size;
        this.identities = new IdentityGenerator(seed, size);
        this.profiles = new ProfileGenerator(seed, today);
        this.citizens = new CitizenGenerator(seed, identities);
        this.earnings = new EarningsGenerator(seed, today);
        this.awards = new AwardGenerator(seed, today);
        this.debts = new DebtGenerator(seed, today);
        this.evidence = new EvidenceGenerator(seed, today);
        this.notes = new NoteGenerator(seed, today);
    }

    public int size() {
        return size;
    }

    public boolean contains(int index) {
        return index >= 0 && index < size;
    }

    public CitizenData citizen(int index) {
        if (!contains(index)) {
            throw new IllegalArgumentException("no such citizen");
        }
        return new GeneratedCitizen(this, profiles.profile(identities.identity(index)));
    }

    public Identity identity(int index) {
        return identities.identity(index);
    }

    /** A generated citizen's debts with their ledgers, without building the rest of them. */
    public java.util.List<uk.caseview.stubs.data.build.DebtBuilder.Built> debts(int index) {
        return debts.debts(profiles.profile(identities.identity(index)));
    }

    public Profile profile(int index) {
        return profiles.profile(identities.identity(index));
    }

    CitizenGenerator citizens() {
        return citizens;
    }

    EarningsGenerator earnings() {
        return earnings;
    }

    AwardGenerator awards() {
        return awards;
    }

    DebtGenerator debts() {
        return debts;
    }

    EvidenceGenerator evidence() {
        return evidence;
    }

    NoteGenerator notes() {
        return notes;
    }
}
