package uk.caseview.ui.workspace.debt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.client.AwardApi;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.client.CitizenApi;
import uk.caseview.sdk.client.DebtApi;
import uk.caseview.sdk.client.EarningsApi;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.citizen.AuditEvent;
import uk.caseview.sdk.model.citizen.AuditEventList;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.citizen.NewAddress;
import uk.caseview.sdk.model.citizen.NewAuditEvent;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.model.citizen.Notification;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.model.citizen.TraceResult;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.model.debt.WorklistPage;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;
import uk.caseview.sdk.repayment.WorklistFilter;
import uk.caseview.sdk.repayment.WorklistSort;

/**
 * An in-memory debt, citizen, earnings and award service for view-model tests: one customer with
 * one debt whose plan is broken. {@code down} makes every call fail as an unreachable server would.
 */
public final class FakeDebtService implements DebtApi, CitizenApi, EarningsApi, AwardApi {

    public static final String NINO = "ZX123456A";
    public static final String DEBT_ID = "D0000001";
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    public volatile boolean down;
    public volatile boolean ledgerOutByAPenny;
    public final List<String> idempotencyKeysSeen = new ArrayList<>();
    public final List<RepaymentPlanRequest> plansAgreed = new ArrayList<>();
    private final Map<String, Debt> byKey = new HashMap<>();
    private Debt debt;

    public FakeDebtService() {
        RepaymentPlan plan = new RepaymentPlan("P1", 5_000, Frequency.MONTHLY, RecoveryMethod.BENEFIT_DEDUCTION,
                LocalDate.of(2025, 8, 1), null, TODAY, PlanStatus.BROKEN, 2, null);
        debt = new Debt(DEBT_ID, NINO, DebtType.OVERPAYMENT, "UC", "Earnings not reported", 120_000, 105_000,
                RecoveryMethod.BENEFIT_DEDUCTION, DebtStatus.BROKEN, LocalDate.of(2025, 6, 1), plan, 3);
    }

    public CaseviewApis apis() {
        return new CaseviewApis(this, this, this, this, null);
    }

    private void check() {
        if (down) {
            throw new RuntimeException(new java.net.ConnectException("Connection refused"));
        }
    }

    public synchronized Debt debt() {
        return debt;
    }

    @Override
    public synchronized Debts getDebts(String nino) {
        check();
        return new Debts(nino, NINO.equals(nino) ? List.of(debt) : List.of());
    }

    @Override
    public DebtLedger getLedger(String debtId) {
        check();
        List<DebtTransaction> lines = List.of(
                new DebtTransaction("T1", LocalDate.of(2025, 6, 1), DebtTransaction.Type.RAISED, 120_000, 120_000,
                        "Overpayment raised"),
                new DebtTransaction("T2", LocalDate.of(2025, 8, 1), DebtTransaction.Type.RECOVERY_DEDUCTION, -5_000,
                        115_000, "Deduction"),
                new DebtTransaction("T3", LocalDate.of(2025, 9, 1), DebtTransaction.Type.RECOVERY_DEDUCTION, -5_000,
                        110_000, "Deduction"),
                new DebtTransaction("T4", LocalDate.of(2025, 10, 1), DebtTransaction.Type.DIRECT_PAYMENT, -5_000,
                        105_000, "Card payment"),
                new DebtTransaction("T5", LocalDate.of(2025, 11, 1), DebtTransaction.Type.MISSED_PAYMENT, 0, 105_000,
                        "Missed"),
                new DebtTransaction("T6", LocalDate.of(2025, 12, 1), DebtTransaction.Type.MISSED_PAYMENT, 0, 105_000,
                        "Missed"));
        return new DebtLedger(debtId, ledgerOutByAPenny ? 105_001 : 105_000, lines);
    }

    @Override
    public synchronized Debt agreeRepaymentPlan(String debtId, String key, String ifMatch, RepaymentPlanRequest plan) {
        check();
        idempotencyKeysSeen.add(key);
        Debt earlier = byKey.get(key);
        if (earlier != null) {
            return earlier; // a repeat returns the first result and writes nothing
        }
        plansAgreed.add(plan);
        RepaymentPlan agreed = new RepaymentPlan("P" + (plansAgreed.size() + 1), plan.instalmentPence(),
                plan.frequency(), plan.method(), plan.startDate(), null, plan.startDate(), PlanStatus.ACTIVE, 0,
                plan.hardshipReason());
        debt = new Debt(debt.debtId(), debt.nino(), debt.type(), debt.benefit(), debt.reason(), debt.originalPence(),
                debt.outstandingPence(), plan.method(), DebtStatus.ACTIVE, debt.raisedOn(), agreed, debt.version() + 1);
        byKey.put(key, debt);
        return debt;
    }

    /**
     * The worklist: this customer's debt plus {@code OTHER_ROWS} others, all with smaller balances so
     * the debt heads a list sorted by balance. Filtered and sorted as the contract describes.
     */
    @Override
    public WorklistPage worklist(Map<String, String> query) {
        check();
        List<WorklistItem> rows = new ArrayList<>(others);
        Debt d = debt();
        rows.add(new WorklistItem(d.debtId(), d.nino(), d.type(), d.status(),
                d.repaymentPlan() == null ? null : d.repaymentPlan().status(), d.outstandingPence(), d.raisedOn(),
                (int) java.time.temporal.ChronoUnit.DAYS.between(d.raisedOn(), TODAY), TODAY.plusDays(3)));
        WorklistFilter filter = new WorklistFilter(
                parse(query.get("status"), DebtStatus.class), parse(query.get("type"), DebtType.class),
                parse(query.get("planStatus"), PlanStatus.class),
                query.containsKey("minBalancePence") ? Long.valueOf(query.get("minBalancePence")) : null,
                query.containsKey("maxBalancePence") ? Long.valueOf(query.get("maxBalancePence")) : null,
                query.containsKey("minAgeDays") ? Integer.valueOf(query.get("minAgeDays")) : null,
                query.containsKey("nextActionDueBy") ? LocalDate.parse(query.get("nextActionDueBy")) : null,
                WorklistSort.fromApiValue(query.getOrDefault("sort", "-balance")));
        List<WorklistItem> matching = new ArrayList<>(rows.stream().filter(filter.predicate()).toList());
        matching.sort(filter.sort().comparator());
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "100"));
        int from = Math.min(matching.size(), page * size);
        return new WorklistPage(matching.subList(from, Math.min(matching.size(), from + size)), page, size,
                matching.size());
    }

    private static <E extends Enum<E>> E parse(String apiName, Class<E> type) {
        return apiName == null ? null : Enum.valueOf(type, apiName.toUpperCase(java.util.Locale.ROOT));
    }

    public static final int OTHER_ROWS = 5_000;
    private final List<WorklistItem> others = otherRows();

    private static List<WorklistItem> otherRows() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        PlanStatus[] plans = {PlanStatus.ACTIVE, PlanStatus.IN_ARREARS, PlanStatus.BROKEN, null};
        List<WorklistItem> out = new ArrayList<>(OTHER_ROWS);
        for (int i = 0; i < OTHER_ROWS; i++) {
            PlanStatus plan = plans[random.nextInt(plans.length)];
            int age = random.nextInt(1, 1_500);
            out.add(new WorklistItem("D1%06d".formatted(i), "ZY%06dB".formatted(i), DebtType.ADVANCE,
                    plan == PlanStatus.BROKEN ? DebtStatus.BROKEN : DebtStatus.ACTIVE, plan,
                    random.nextLong(100, 100_000), TODAY.minusDays(age), age, TODAY.plusDays(random.nextInt(30))));
        }
        return out;
    }

    @Override
    public Citizen getCitizen(String nino) {
        check();
        return new Citizen(nino, null, LocalDate.of(1985, 3, 1), null, null, null, null, null, null, List.of(), null,
                null, 1);
    }

    /** Net £1,000.00 a month. */
    @Override
    public Earnings getEarnings(String nino, String from, String to) {
        check();
        List<PayPeriod> pay = List.of(
                new PayPeriod(LocalDate.of(2025, 10, 28), "2025-26", 120_000, 120_000, 12_000, 8_000, 80),
                new PayPeriod(LocalDate.of(2025, 11, 28), "2025-26", 120_000, 120_000, 12_000, 8_000, 80),
                new PayPeriod(LocalDate.of(2025, 12, 28), "2025-26", 120_000, 120_000, 12_000, 8_000, 80));
        return new Earnings(nino, null, null,
                List.of(new Employment("Shop", "123/AB", Frequency.MONTHLY, null, null, false, pay)), List.of());
    }

    /** UC of £500.00 a month, with £20.00 taken for another debt and £50.00 for this one. */
    @Override
    public Awards getAwards(String nino) {
        check();
        return new Awards(nino, List.of(new Award("A1", "UC", "Universal Credit", Award.Status.LIVE, null, null,
                50_000, Frequency.MONTHLY, TODAY.plusDays(5),
                List.of(new Deduction("Advance", 2_000, "D-OTHER"), new Deduction("Overpayment", 5_000, DEBT_ID)),
                List.of())));
    }

    @Override
    public TraceResult trace(Map<String, String> query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ContactNoteList listNotes(String nino) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ContactNote recordNote(String nino, String key, NewContactNote note) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Citizen updateContactDetails(String nino, String key, String etag, ContactDetails details) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Citizen recordAddressChange(String nino, String key, String etag, NewAddress address) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Notification sendNotification(String nino, String key, NotificationRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public uk.caseview.sdk.model.citizen.NotificationList listNotifications(String nino) {
        throw new UnsupportedOperationException();
    }

    @Override
    public uk.caseview.sdk.model.citizen.NotificationPreview previewNotification(String nino, String channel,
            String template, String language) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AuditEventList listAuditEvents(String nino) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AuditEvent recordAuditEvent(String nino, String key, NewAuditEvent event) {
        throw new UnsupportedOperationException();
    }

    @Override
    public uk.caseview.sdk.model.citizen.StoreKey storeKey() {
        throw new UnsupportedOperationException();
    }
}
