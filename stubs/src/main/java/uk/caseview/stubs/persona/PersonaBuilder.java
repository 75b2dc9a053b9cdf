package uk.caseview.stubs.persona;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.BankAccount;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.CitizenFlags;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.Name;
import uk.caseview.sdk.model.citizen.Relationship;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.Ids;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.data.Seeds;
import uk.caseview.stubs.data.build.DebtBuilder;
import uk.caseview.stubs.data.build.EarningsAlerts;
import uk.caseview.stubs.data.build.EmploymentBuilder;
import uk.caseview.stubs.data.build.EvidenceBuilder;
import uk.caseview.stubs.data.gen.AwardGenerator;
import uk.caseview.stubs.data.gen.Benefit;
import uk.caseview.stubs.data.gen.Profile;

/**
 * A small language for writing personas: each call adds one fact, dates are given relative to
 * today, and the derived parts (ids, ledgers, deductions, alerts, file sizes) are worked out the
 * same way as for generated citizens, so a persona can't contradict itself.
 */
final class PersonaBuilder {

    private final int number;
    private final int key;
    private final String nino;
    private final LocalDate today;
    private final SplittableRandom rng;

    private Name name;
    private LocalDate dateOfBirth;
    private LocalDate dateOfDeath;
    private Address address;
    private final List<Address> pastAddresses = new ArrayList<>();
    private ContactDetails contact = new ContactDetails(null, null, null);
    private Citizen.Language language = Citizen.Language.ENGLISH;
    private Citizen.IdentityVerification verification = Citizen.IdentityVerification.VERIFIED;
    private final List<Relationship> relationships = new ArrayList<>();
    private boolean vulnerable;
    private String vulnerabilityNote;
    private boolean restricted;
    private uk.caseview.sdk.model.citizen.CautionMarker caution;
    private BankAccount bank;
    private final List<EmploymentBuilder> employments = new ArrayList<>();
    private long monthlyThreshold = EarningsAlerts.DEFAULT_MONTHLY_THRESHOLD_PENCE;
    private final List<AwardSpec> awards = new ArrayList<>();
    private final List<DebtBuilder> debts = new ArrayList<>();
    private final List<EvidenceItem> evidence = new ArrayList<>();
    private final List<ContactNote> notes = new ArrayList<>();

    private record AwardSpec(Benefit benefit, String status, LocalDate start, LocalDate end, long amount, int cycle,
                             boolean takesDeductions) {}

    PersonaBuilder(int number, LocalDate today) {
        this.number = number;
        this.nino = NinoScheme.personaNino(number);
        this.key = NinoScheme.keyOf(nino);
        this.today = today;
        // Personas do not depend on the seed: a trainer's handout stays true whatever the seed.
        this.rng = Seeds.stream(0, key, Seeds.PROFILE);
    }

    String nino() {
        return nino;
    }

    LocalDate today() {
        return today;
    }

    LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    LocalDate monthsAgo(int months) {
        return today.minusMonths(months);
    }

    PersonaBuilder name(String title, String givenNames, String surname) {
        this.name = new Name(title, givenNames, surname);
        return this;
    }

    PersonaBuilder born(int year, int month, int day) {
        this.dateOfBirth = LocalDate.of(year, month, day);
        return this;
    }

    PersonaBuilder died(LocalDate on) {
        this.dateOfDeath = on;
        return this;
    }

    PersonaBuilder lives(String line1, String line2, String town, String postcode, LocalDate since) {
        this.address = new Address(line1, line2, town, postcode, since, null);
        return this;
    }

    PersonaBuilder lived(String line1, String town, String postcode, LocalDate from, LocalDate to) {
        this.pastAddresses.add(new Address(line1, null, town, postcode, from, to));
        return this;
    }

    PersonaBuilder contact(String phone, String mobile, String email) {
        this.contact = new ContactDetails(phone, mobile, email);
        return this;
    }

    PersonaBuilder welsh() {
        this.language = Citizen.Language.WELSH;
        return this;
    }

    PersonaBuilder identity(Citizen.IdentityVerification v) {
        this.verification = v;
        return this;
    }

    PersonaBuilder partner(String partnerNino, String title, String given, String surname, LocalDate dob,
            LocalDate from) {
        relationships.add(new Relationship(Relationship.Type.PARTNER, partnerNino, new Name(title, given, surname),
                dob, from));
        return this;
    }

    PersonaBuilder dependant(String given, String surname, LocalDate dob) {
        relationships.add(new Relationship(Relationship.Type.DEPENDANT, null, new Name(null, given, surname), dob,
                dob));
        return this;
    }

    PersonaBuilder appointee(String title, String given, String surname, LocalDate from) {
        relationships.add(new Relationship(Relationship.Type.APPOINTEE, null, new Name(title, given, surname), null,
                from));
        return this;
    }

    PersonaBuilder vulnerable(String note) {
        this.vulnerable = true;
        this.vulnerabilityNote = note;
        return this;
    }

    /** A staff-safety caution, recorded that day. */
    PersonaBuilder caution(String reason, LocalDate recordedOn) {
        this.caution = new uk.caseview.sdk.model.citizen.CautionMarker(reason, recordedOn);
        return this;
    }

    PersonaBuilder restricted() {
        this.restricted = true;
        return this;
    }

    PersonaBuilder bank(String accountName, String sortCode, String accountNumber) {
        this.bank = new BankAccount(accountName, sortCode, accountNumber);
        return this;
    }

    PersonaBuilder job(String employer, String paye, Frequency frequency, LocalDate start,
            UnaryOperator<EmploymentBuilder> shape) {
        employments.add(shape.apply(new EmploymentBuilder(employer, paye, frequency, start)));
        return this;
    }

    PersonaBuilder earningsThreshold(long monthlyPence) {
        this.monthlyThreshold = monthlyPence;
        return this;
    }

    /** An award; debts recovered from benefit are deducted from the first award marked to take them. */
    PersonaBuilder award(Benefit benefit, String status, LocalDate start, LocalDate end, long amountPence,
            int payCycle, boolean takesDeductions) {
        awards.add(new AwardSpec(benefit, status, start, end, amountPence, payCycle, takesDeductions));
        return this;
    }

    PersonaBuilder award(Benefit benefit, LocalDate start, long amountPence, int payCycle) {
        return award(benefit, "live", start, null, amountPence, payCycle, benefit == Benefit.UNIVERSAL_CREDIT
                || benefit == Benefit.STATE_PENSION || benefit == Benefit.ESA || benefit == Benefit.JSA);
    }

    /** Adds a debt; the shape sets its plan and story. */
    PersonaBuilder debt(DebtType type, String benefit, String reason, long originalPence, LocalDate raisedOn,
            UnaryOperator<DebtBuilder> shape) {
        String id = Ids.debtId(key, debts.size() + 1);
        debts.add(shape.apply(new DebtBuilder(id, nino, type, benefit, reason, originalPence, raisedOn)));
        return this;
    }

    PersonaBuilder requested(EvidenceType type, String description, LocalDate requestedOn, LocalDate dueBy) {
        evidence.add(EvidenceBuilder.requested(nextEvidenceId(), type, description, requestedOn, dueBy));
        return this;
    }

    PersonaBuilder document(EvidenceType type, String description, EvidenceStatus status, LocalDate requestedOn,
            LocalDate receivedOn, String mediaType, String rejectionReason) {
        evidence.add(EvidenceBuilder.withFile(nextEvidenceId(), type, description, status, requestedOn,
                requestedOn == null ? null : requestedOn.plusDays(14), receivedOn, mediaType, rejectionReason));
        return this;
    }

    PersonaBuilder add(EvidenceItem item) {
        evidence.add(item);
        return this;
    }

    String nextEvidenceId() {
        return Ids.evidenceId(key, evidence.size() + 1);
    }

    PersonaBuilder note(LocalDate on, ContactChannel channel, String author, String text) {
        Instant at = on.atTime(10, 15 + notes.size() % 40).toInstant(ZoneOffset.UTC);
        notes.add(new ContactNote("N" + key + "-" + (notes.size() + 1), at, text, channel, author));
        return this;
    }

    SplittableRandom rng() {
        return rng;
    }

    CitizenRecord build() {
        List<Employment> jobs = new ArrayList<>();
        LocalDate historyFrom = today.minusMonths(24);
        for (EmploymentBuilder e : employments) {
            jobs.add(e.build(historyFrom, today, rng));
        }
        List<EarningsAlert> alerts = EarningsAlerts.derive(jobs, monthlyThreshold);

        List<Debt> builtDebts = new ArrayList<>();
        Map<String, List<DebtTransaction>> ledgers = new HashMap<>();
        for (DebtBuilder d : debts) {
            DebtBuilder.Built built = d.build(today);
            builtDebts.add(built.debt());
            ledgers.put(built.debt().debtId(), built.ledger());
        }

        List<Award> builtAwards = new ArrayList<>();
        boolean deductionsPlaced = false;
        for (int i = 0; i < awards.size(); i++) {
            AwardSpec a = awards.get(i);
            List<Deduction> deductions = new ArrayList<>();
            if (a.takesDeductions() && !deductionsPlaced && "live".equals(a.status())) {
                deductionsPlaced = true;
                for (Debt d : builtDebts) {
                    if (d.recoveryMethod() == RecoveryMethod.BENEFIT_DEDUCTION && d.repaymentPlan() != null
                            && (d.status() == DebtStatus.ACTIVE || d.status() == DebtStatus.IN_ARREARS)) {
                        deductions.add(new Deduction(d.reason(), d.repaymentPlan().instalmentPence(), d.debtId()));
                    }
                }
            }
            Profile.BenefitClaim claim = new Profile.BenefitClaim(a.benefit(), a.status(), a.start(), a.end(),
                    a.cycle());
            builtAwards.add(AwardGenerator.award("A" + key + "-" + (i + 1), claim, a.amount(), deductions, rng,
                    today));
        }
        notes.sort(Comparator.comparing(ContactNote::recordedAt).reversed());
        CitizenFlags flags = new CitizenFlags(dateOfDeath != null, vulnerable, restricted, vulnerabilityNote,
                caution);
        Citizen citizen = new Citizen(nino, name, dateOfBirth, dateOfDeath, address, pastAddresses, contact,
                language, verification, relationships, flags, bank, 1);
        return new CitizenRecord(citizen, jobs, alerts, builtAwards, builtDebts, ledgers, evidence, notes);
    }

    int number() {
        return number;
    }

    int key() {
        return key;
    }
}
