package uk.caseview.sdk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.award.Payment;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.BankAccount;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.CitizenFlags;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.Name;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.sdk.view.Source;

/**
 * One synthetic person with distinctive personal data, so tests can search logs and files for
 * those exact strings. Not a real person.
 */
public final class SampleRecords {

    public static final Nino NINO = Nino.parse("ZX123456C");
    public static final String GIVEN_NAMES = "Gwendolyn";
    public static final String SURNAME = "Quillfeather";
    public static final LocalDate DATE_OF_BIRTH = LocalDate.of(1961, 4, 17);
    public static final String ADDRESS_LINE = "17 Larkspur Row";
    public static final String POSTCODE = "LS9 4QT";
    public static final String SORT_CODE = "40-11-62";
    public static final String ACCOUNT_NUMBER = "31926819";
    public static final String TOKEN = "tok-SECRET-7c1f09e2";

    /** Every personal string above, as it would appear in text. */
    public static List<String> personalStrings() {
        return List.of(NINO.value(), NINO.formatted(), GIVEN_NAMES, SURNAME, DATE_OF_BIRTH.toString(),
                ADDRESS_LINE, POSTCODE, SORT_CODE, ACCOUNT_NUMBER, TOKEN);
    }

    private SampleRecords() {}

    public static Citizen citizen() {
        Address home = new Address(ADDRESS_LINE, null, "Leeds", POSTCODE, LocalDate.of(2015, 3, 1), null);
        return new Citizen(NINO.value(), new Name("Mrs", GIVEN_NAMES, SURNAME), DATE_OF_BIRTH, null, home,
                List.of(), new ContactDetails("0113 496 0000", null, null), Citizen.Language.ENGLISH,
                Citizen.IdentityVerification.VERIFIED, List.of(), CitizenFlags.NONE,
                new BankAccount("G " + SURNAME, SORT_CODE, ACCOUNT_NUMBER), 3);
    }

    public static Earnings earnings(int periods) {
        List<PayPeriod> list = new ArrayList<>();
        LocalDate day = LocalDate.of(2025, 1, 3);
        for (int i = 0; i < periods; i++) {
            list.add(new PayPeriod(day.minusWeeks(i), "2024-25", 41_250, 38_000, 2_100, 1_300, 16));
        }
        Employment job = new Employment("Northern Bakeries Ltd", "123/AB456", Frequency.WEEKLY,
                LocalDate.of(2014, 6, 2), null, false, list);
        return new Earnings(NINO.value(), LocalDate.of(2024, 1, 3), LocalDate.of(2025, 1, 3), List.of(job), List.of());
    }

    public static Awards awards() {
        Award uc = new Award("A1000001", "universal_credit", "Universal Credit", Award.Status.LIVE,
                LocalDate.of(2022, 5, 1), null, 61_000, Frequency.MONTHLY, LocalDate.of(2025, 2, 1),
                List.of(new Deduction("Overpayment recovery", 4_500, "D1000001")),
                List.of(new Payment(LocalDate.of(2025, 1, 1), 56_500, Payment.Status.PAID)));
        return new Awards(NINO.value(), List.of(uc));
    }

    public static Debts debts(int count) {
        List<Debt> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Debt("D" + String.format("%07d", i), NINO.value(), DebtType.OVERPAYMENT, "universal_credit",
                    "Earnings not declared", 120_000, 80_000, RecoveryMethod.BENEFIT_DEDUCTION, DebtStatus.ACTIVE,
                    LocalDate.of(2023, 9, 1), null, 1));
        }
        return new Debts(NINO.value(), list);
    }

    public static EvidenceList evidence(int count) {
        List<EvidenceItem> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new EvidenceItem("E" + String.format("%07d", i), EvidenceType.PAYSLIP, "Payslip for December",
                    EvidenceStatus.RECEIVED, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 15),
                    LocalDate.of(2024, 12, 10), "payslip.pdf", "application/pdf", 48_213L, null));
        }
        return new EvidenceList(NINO.value(), list);
    }

    public static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path each source's view request goes to for {@link #NINO}. */
    public static String path(Source source) {
        String n = NINO.value();
        return switch (source) {
            case CITIZEN -> "/citizen/v1/citizens/" + n;
            case EARNINGS -> "/earnings/v1/citizens/" + n + "/earnings";
            case AWARD -> "/award/v1/citizens/" + n + "/awards";
            case DEBT -> "/debt/v1/citizens/" + n + "/debts";
            case EVIDENCE -> "/evidence/v1/citizens/" + n + "/evidence";
        };
    }

    /** A fake server answering all five sources for {@link #NINO}. */
    public static FakeApiServer serveAll(FakeApiServer server) {
        return server
                .json(path(Source.CITIZEN), json(citizen()))
                .json(path(Source.EARNINGS), json(earnings(12)))
                .json(path(Source.AWARD), json(awards()))
                .json(path(Source.DEBT), json(debts(2)))
                .json(path(Source.EVIDENCE), json(evidence(3)));
    }
}
