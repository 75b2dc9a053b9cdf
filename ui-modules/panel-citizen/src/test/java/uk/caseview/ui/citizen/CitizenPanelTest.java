package uk.caseview.ui.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.PanelStatesTest;
import uk.caseview.ui.panel.Placement;

class CitizenPanelTest extends PanelStatesTest {

    @Override
    protected PanelProvider provider() {
        return new CitizenPanelProvider();
    }

    @Override
    protected Source source() {
        return Source.CITIZEN;
    }

    @Override
    protected Object sample() {
        return CitizenSamples.rhiannon();
    }

    @Override
    protected double width() {
        return 380;
    }

    @Override
    protected void assertShowsSample(FxRobot robot) {
        assertThat(text(robot, "#citizen-name")).isEqualTo("Mrs Rhiannon Pryce");
        assertThat(text(robot, "#citizen-dob")).isEqualTo("12 Mar 1984 (age 41)");
        assertThat(text(robot, "#citizen-address")).contains("14 Heol y Llan", "CF10 1AA");
        assertThat(text(robot, "#citizen-mobile")).isEqualTo("07700 900123");
        assertThat(within(robot, "Swansea").tryQuery()).isEmpty(); // single-line past addresses, below
        assertThat(within(robot, "9 Dock Road, Swansea, SA1 3CC").tryQuery()).isPresent();
        assertThat(within(robot, "Mr Dafydd Pryce, 43").tryQuery()).isPresent();
        assertThat(within(robot, "Ms Alys Evans").tryQuery()).isPresent();
        assertThat(within(robot, "Hearing impaired: use text relay").tryQuery()).isPresent();
    }

    private String text(FxRobot robot, String query) {
        return within(robot, query).queryAs(Label.class).getText();
    }

    /** An email too long for the line breaks after the @, never inside the domain, and joins again when there is room. */
    @Test
    void anEmailBreaksAfterTheAtSignWhenItDoesNotFit(FxRobot robot) {
        String email = "rhiannon.pryce@cardiff-and-vale-carers.org.uk";
        show(viewWith(loaded(CitizenSamples.withEmail(email))));
        assertThat(text(robot, "#citizen-email")).isEqualTo("rhiannon.pryce@\ncardiff-and-vale-carers.org.uk");
        assertThat(within(robot, "#citizen-email").queryAs(Label.class).getAccessibleText())
                .isEqualTo("Email: " + email);
        showAt(1200, 1.0);
        assertThat(text(robot, "#citizen-email")).isEqualTo(email);
        showAt(380, 1.0);
        assertThat(text(robot, "#citizen-email")).contains("@\n");
    }

    @Test
    void aContactChangeSavedOnThisPcShowsAtOnceUntilTheServiceConfirmsIt(FxRobot robot) {
        uk.caseview.sdk.Nino nino = uk.caseview.sdk.Nino.parse(CitizenSamples.rhiannon().nino());
        java.time.Instant saved = java.time.Instant.parse("2025-06-03T08:15:30Z");
        var details = uk.caseview.sdk.outbox.WriteRequest.contactDetails(nino,
                new uk.caseview.sdk.model.citizen.ContactDetails(null, "07700900456", "r.pryce@example.org"), "\"1\"");
        var unsent = new uk.caseview.sdk.outbox.UnsentWrite(new uk.caseview.sdk.outbox.OutboxEntry("w1",
                details.describe(), uk.caseview.sdk.outbox.OutboxStatus.QUEUED, 1, saved, saved, null, null), details);
        show(viewWith(loaded(CitizenSamples.rhiannon())).withUnsent(java.util.List.of(unsent)));

        javafx.scene.layout.VBox pending = within(robot, "#citizen-pending").queryAs(javafx.scene.layout.VBox.class);
        assertThat(pending.isVisible()).isTrue();
        assertThat(pending.getChildren()).extracting(n -> ((Label) n).getText()).containsExactly(
                "Your changes, not yet confirmed",
                "New contact details: mobile 07700900456, email r.pryce@example.org",
                "Pending: saved on this PC, not yet confirmed by the service");
        // The record itself still shows what the service holds.
        assertThat(text(robot, "#citizen-mobile")).isEqualTo("07700 900123");

        // Confirmed: the outbox no longer lists it, and the line goes.
        show(viewWith(loaded(CitizenSamples.rhiannon())));
        assertThat(pending.isVisible()).isFalse();
    }

    @Test
    void sitsInTheSideColumn() {
        assertThat(provider().placement()).isEqualTo(Placement.SIDE);
    }

    @Test
    void bankDetailsStayMaskedUntilRevealed(FxRobot robot) {
        showSample();
        assertThat(text(robot, "#bank-account-number")).isEqualTo("••••5678");
        assertThat(within(robot, "12345678").tryQuery()).isEmpty();

        onFx(() -> within(robot, "#bank-reveal").queryButton().fire());
        assertThat(context.reasonsAsked).as("a reason goes on the audit trail first")
                .containsExactly(uk.caseview.sdk.model.citizen.AuditAction.REVEALED_BANK_DETAILS);
        assertThat(text(robot, "#bank-account-number")).isEqualTo("12345678");
        assertThat(text(robot, "#bank-sort-code")).isEqualTo("20-00-00");

        // Another record is masked again.
        show(viewWith(loaded(CitizenSamples.withAccount("87654321"))));
        assertThat(text(robot, "#bank-account-number")).isEqualTo("••••4321");
    }

    @Test
    void noReasonGivenMeansTheBankDetailsStayMasked(FxRobot robot) {
        showSample();
        context.givesReason = false; // the member of staff cancels the reason dialog
        onFx(() -> within(robot, "#bank-reveal").queryButton().fire());
        assertThat(context.reasonsAsked).hasSize(1);
        assertThat(text(robot, "#bank-account-number")).isEqualTo("••••5678");
        assertThat(within(robot, "#bank-reveal").queryButton().getText()).isEqualTo("Reveal bank details");
    }

    @Test
    void aRevealEndsWhenTheCustomerLeavesTheScreen(FxRobot robot) {
        showSample();
        onFx(() -> within(robot, "#bank-reveal").queryButton().fire());
        assertThat(text(robot, "#bank-account-number")).isEqualTo("12345678");

        // Another tab is chosen, or this one closed and kept for re-opening; then it is shown again, same record.
        onFx(panel::hidden);
        show(viewWith(loaded(CitizenSamples.rhiannon())));
        assertThat(text(robot, "#bank-account-number")).isEqualTo("••••5678");
    }

    @Test
    void aCautionShowsFirstAmongTheFlagsWithItsReasonAndDate(FxRobot robot) {
        show(viewWith(loaded(CitizenSamples.withCaution("Threatened staff at the counter", LocalDate.of(2025, 2, 3)))));

        assertThat(within(robot, "#citizen-caution").tryQuery()).isPresent();
        assertThat(text(robot, "#citizen-caution-reason")).isEqualTo("Threatened staff at the counter");
        assertThat(text(robot, "#citizen-caution-date")).isEqualTo("Recorded 3 Feb 2025");
        javafx.scene.Node first = within(robot, "#citizen-flags").queryAs(javafx.scene.layout.Pane.class)
                .getChildren().getFirst();
        assertThat(first.getId()).isEqualTo("citizen-caution");
        onFx(() -> assertThat(panel.showDetail(CustomerFlag.CAUTION)).isTrue());
    }

    @Test
    void ownsThePersonalFlags() {
        showSample();
        onFx(() -> {
            assertThat(panel.showDetail(CustomerFlag.VULNERABLE)).isTrue();
            assertThat(panel.showDetail(CustomerFlag.APPOINTEE_ACTING)).isTrue();
            assertThat(panel.showDetail(CustomerFlag.DEBT_IN_ARREARS)).isFalse();
        });
    }
}
