package uk.caseview.stubs.notify;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.caseview.stubs.data.build.Money;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.NotificationPreview;
import uk.caseview.sdk.model.citizen.NotificationRequest.Channel;
import uk.caseview.sdk.model.citizen.NotificationTemplate;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.stubs.data.CitizenData;
import uk.caseview.stubs.data.gen.Benefit;
import uk.caseview.stubs.http.ApiProblem;

/**
 * The wording of every notification, in English and Welsh, filled in from the citizen's record the
 * way the department's notify service does. A template that has nothing to say for this citizen
 * (a payment date with no live award) is refused rather than sent with gaps.
 *
 * <p>Text messages carry no name, amount or balance: they are read on lock screens and shared
 * phones. Letters address the citizen by title and surname.
 */
public final class NotificationWording {

    /** The helpline the letters give; 0808 157 0xxx is Ofcom's range for drama, so never a real line. */
    static final String HELPLINE = "0808 157 0900";

    private static final String[] WELSH_MONTHS = {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private NotificationWording() {}

    /** The wording for this citizen today, or a 409 saying why the template does not apply. */
    public static NotificationPreview render(NotificationTemplate template, Channel channel, String language,
            CitizenData record, LocalDate today) {
        boolean cy = "cy".equals(language);
        Citizen c = record.citizen();
        if (channel == Channel.SMS && (c.contact() == null || c.contact().mobile() == null
                || c.contact().mobile().isBlank())) {
            throw refused("There is no mobile number on record, so a text message cannot be sent.");
        }
        Text text = switch (template) {
            case CALL_BACK -> callBack(cy, today);
            case PAYMENT_DATE -> paymentDate(cy, record.awards(), today);
            case DEBT_PLAN_CONFIRMATION -> planConfirmation(cy, record.debts());
            case EVIDENCE_REMINDER -> evidenceReminder(cy, record.evidence(), today);
            case UNKNOWN -> throw ApiProblem.badRequest("template", "Not a template this service has.");
        };
        String body = channel == Channel.SMS ? text.sms()
                : (cy ? "Annwyl " : "Dear ") + salutation(c) + ",\n\n" + text.letter() + "\n\n"
                        + (cy ? "Yn gywir,\nY Ganolfan Gwasanaeth" : "Yours sincerely,\nThe Service Centre");
        return new NotificationPreview(channel, template, cy ? "cy" : "en", text.subject(), body);
    }

    /** A letter's subject line, its paragraphs, and the same message cut down for a text. */
    private record Text(String subject, String letter, String sms) {}

    private static Text callBack(boolean cy, LocalDate today) {
        return cy
                ? new Text("Gwnaethom geisio eich ffonio",
                        "Gwnaethom geisio eich ffonio ar " + date(today, true) + " ynglŷn â'ch hawliad. Byddwn yn eich "
                                + "ffonio eto o fewn 2 ddiwrnod gwaith.\n\nOs hoffech siarad â ni yn gynt, ffoniwch "
                                + HELPLINE + ", dydd Llun i ddydd Gwener, 8am i 6pm. Mae galwadau am ddim.",
                        "Gwnaethom geisio eich ffonio heddiw ynglŷn â'ch hawliad. Byddwn yn ffonio eto o fewn 2 ddiwrnod "
                                + "gwaith. I siarad â ni yn gynt, ffoniwch " + HELPLINE + ".")
                : new Text("We tried to call you",
                        "We tried to phone you on " + date(today, false) + " about your claim. We will call you again "
                                + "within 2 working days.\n\nIf you would like to speak to us sooner, call " + HELPLINE
                                + ", Monday to Friday, 8am to 6pm. Calls are free.",
                        "We tried to call you today about your claim. We will call again within 2 working days. To "
                                + "speak to us sooner, call " + HELPLINE + ".");
    }

    private static Text paymentDate(boolean cy, List<Award> awards, LocalDate today) {
        Award next = awards.stream()
                .filter(a -> a.status() == Award.Status.LIVE && a.nextPaymentDate() != null
                        && !a.nextPaymentDate().isBefore(today))
                .min(Comparator.comparing(Award::nextPaymentDate))
                .orElseThrow(() -> refused("This customer has no live award with a payment to come, so there is no "
                        + "payment date to tell them."));
        String amount = Money.format(next.amountPence() - next.totalDeductionsPence());
        String when = date(next.nextPaymentDate(), cy);
        String benefit = Benefit.ofCode(next.benefit()).map(b -> cy ? b.welshName() : b.displayName())
                .orElse(next.benefitName());
        return cy
                ? new Text("Eich taliad nesaf",
                        "Bydd eich taliad nesaf o " + benefit + ", " + amount + ", yn cael ei dalu i'ch cyfrif ar "
                                + when + ".\n\nOs bydd unrhyw beth yn newid yn eich amgylchiadau, rhowch wybod i ni ar "
                                + "unwaith ar " + HELPLINE + ".",
                        "Bydd eich taliad nesaf yn cael ei dalu i'ch cyfrif ar " + when + ".")
                : new Text("Your next payment",
                        "Your next payment of " + benefit + ", " + amount + ", will be paid into your account on " + when
                                + ".\n\nIf anything changes in your circumstances, tell us straight away on "
                                + HELPLINE + ".",
                        "Your next payment will be paid into your account on " + when + ".");
    }

    private static Text planConfirmation(boolean cy, List<Debt> debts) {
        Debt debt = debts.stream()
                .filter(d -> d.repaymentPlan() != null && (d.repaymentPlan().status() == PlanStatus.ACTIVE
                        || d.repaymentPlan().status() == PlanStatus.IN_ARREARS))
                .findFirst()
                .orElseThrow(() -> refused("This customer has no agreed repayment plan to confirm."));
        RepaymentPlan plan = debt.repaymentPlan();
        String instalment = Money.format(plan.instalmentPence());
        String how = every(plan.frequency(), cy);
        LocalDate first = Optional.ofNullable(plan.nextInstalmentDate()).orElse(plan.startDate());
        String when = date(first, cy);
        String outstanding = Money.format(debt.outstandingPence());
        return cy
                ? new Text("Eich cynllun ad-dalu",
                        "Diolch am gytuno ar gynllun i ad-dalu'r hyn sydd arnoch. Byddwch yn talu " + instalment + " "
                                + how + ", gan ddechrau ar " + when + ". Y swm sydd i'w ad-dalu o hyd yw "
                                + outstanding + ".\n\nOs na allwch gadw at y cynllun hwn, ffoniwch ni ar " + HELPLINE
                                + " cyn i chi fethu taliad.",
                        "Mae eich cynllun ad-dalu wedi'i gytuno. Mae eich taliad cyntaf yn ddyledus ar " + when
                                + ". Rydym wedi anfon llythyr atoch gyda'r manylion.")
                : new Text("Your repayment plan",
                        "Thank you for agreeing a plan to repay what you owe. You will pay " + instalment + " " + how
                                + ", starting on " + when + ". The amount still to repay is " + outstanding
                                + ".\n\nIf you cannot keep to this plan, call us on " + HELPLINE
                                + " before you miss a payment.",
                        "Your repayment plan is agreed. Your first payment is due on " + when
                                + ". We have sent you a letter with the details.");
    }

    private static Text evidenceReminder(boolean cy, List<EvidenceItem> evidence, LocalDate today) {
        LocalDate due = evidence.stream()
                .filter(e -> e.status() == EvidenceStatus.REQUESTED && e.dueBy() != null)
                .map(EvidenceItem::dueBy)
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> refused("Nothing this customer was asked for is still outstanding, so there is "
                        + "nothing to remind them about."));
        boolean late = due.isBefore(today);
        String when = date(due, cy);
        return cy
                ? new Text("Rydym yn dal i aros am eich dogfennau",
                        "Rydym yn dal i aros am y dogfennau neu'r wybodaeth y gwnaethom ofyn amdanynt er mwyn parhau "
                                + "â'ch hawliad. " + (late ? "Roedd angen iddynt gyrraedd erbyn " + when
                                        + ": anfonwch nhw cyn gynted ag y gallwch, os gwelwch yn dda."
                                        : "Anfonwch nhw erbyn " + when + ", os gwelwch yn dda.")
                                + "\n\nGallwch lanlwytho dogfennau yn eich cyfrif ar-lein neu eu hanfon atom drwy'r "
                                + "post. Os na allwch eu hanfon mewn pryd, ffoniwch ni ar " + HELPLINE + ".",
                        "Nodyn atgoffa: rydym yn dal i aros am ddogfennau y gwnaethom ofyn amdanynt. "
                                + (late ? "Anfonwch nhw cyn gynted ag y gallwch" : "Anfonwch nhw erbyn " + when)
                                + " neu ffoniwch " + HELPLINE + ".")
                : new Text("We are still waiting for your documents",
                        "We are still waiting for the documents or information we asked you for, so that we can carry "
                                + "on with your claim. " + (late ? "They were due by " + when
                                        + ": please send them as soon as you can." : "Please send them by " + when + ".")
                                + "\n\nYou can upload documents in your online account or post them to us. If you "
                                + "cannot send them in time, call us on " + HELPLINE + ".",
                        "Reminder: we are still waiting for documents we asked you for. "
                                + (late ? "Please send them as soon as you can" : "Please send them by " + when)
                                + " or call " + HELPLINE + ".");
    }

    /** "Mrs Llewellyn"; without a title, the full name. */
    private static String salutation(Citizen c) {
        String title = c.name().title();
        return title == null || title.isBlank() ? c.name().givenNames() + " " + c.name().surname()
                : title + " " + c.name().surname();
    }

    /** "9 December 2026" or "9 Rhagfyr 2026". */
    static String date(LocalDate d, boolean cy) {
        return d.getDayOfMonth() + " " + (cy ? WELSH_MONTHS : ENGLISH_MONTHS)[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String every(Frequency f, boolean cy) {
        return switch (f) {
            case WEEKLY -> cy ? "bob wythnos" : "every week";
            case FORTNIGHTLY -> cy ? "bob pythefnos" : "every 2 weeks";
            case FOUR_WEEKLY -> cy ? "bob 4 wythnos" : "every 4 weeks";
            case MONTHLY -> cy ? "bob mis" : "every month";
            case UNKNOWN -> cy ? "yn rheolaidd" : "regularly";
        };
    }

    private static ApiProblem refused(String detail) {
        return ApiProblem.of(409, "Template does not apply", detail);
    }
}
