package uk.caseview.ui.citizen;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.BankAccount;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.Relationship;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.state.SourcePane;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Tone;
import uk.caseview.ui.widget.KeyValueGrid;
import uk.caseview.ui.widget.Layouts;
import uk.caseview.ui.widget.PendingChanges;
import uk.caseview.ui.widget.Pill;

/** Identity, addresses, contact details, household and bank details (masked until revealed). */
final class CitizenPanel implements CustomerPanel {

    private final PanelContext context;
    private final CitizenViewModel model = new CitizenViewModel();
    private final SourcePane<Citizen> pane;
    private final VBox body = Layouts.stack();
    private final ScrollPane scroll = uk.caseview.ui.fx.ScrollPanes.uncached(new ScrollPane(body));
    private final Label sortCode = new Label();
    private final Label accountNumber = new Label();
    private final Button reveal = new Button();
    /** The caseworker's changes to contact details or address not yet confirmed; kept across renders. */
    private final PendingChanges pendingChanges = new PendingChanges("citizen-pending", CitizenPanel::pendingLine);
    private Node flagsSection;
    private Node householdSection;
    private BankAccount bank;

    CitizenPanel(PanelContext context, String title) {
        this.context = context;
        this.pane = new SourcePane<>(title, Source.CITIZEN, context::retry);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        reveal.getStyleClass().add(Styles.BUTTON_QUIET);
        reveal.setId("bank-reveal");
        reveal.setOnAction(e -> {
            if (model.bankRevealedProperty().get()) {
                model.bankRevealedProperty().set(false);
            } else {
                // Full bank details are shown only once the reason is on the customer's audit trail.
                context.withReason(uk.caseview.sdk.model.citizen.AuditAction.REVEALED_BANK_DETAILS,
                        "Why do you need to see the full bank details?",
                        () -> model.bankRevealedProperty().set(true));
            }
        });
        model.bankRevealedProperty().addListener((obs, old, now) -> refreshBank());
        sortCode.setId("bank-sort-code");
        accountNumber.setId("bank-account-number");
        pane.setContent(scroll);
    }

    @Override
    public Node node() {
        return pane;
    }

    /**
     * A reveal lasts while the customer is in front: going to another tab, or closing this one
     * (kept for re-opening), masks the account number again, so it never comes back by itself.
     */
    @Override
    public void hidden() {
        model.reset();
    }

    @Override
    public void show(CustomerView view) {
        pane.show(view.citizen(), context.clock().instant(), this::render);
        pendingChanges.show(view.unsent());
    }

    /**
     * A change of contact details or address saved on this PC is shown at once, with what it
     * changes to, until the citizen service confirms it and the record itself shows it.
     */
    private static String pendingLine(uk.caseview.sdk.outbox.UnsentWrite u) {
        return switch (u.request()) {
            case uk.caseview.sdk.outbox.WriteRequest.ContactDetailsWrite w -> CitizenViewModel.pendingContact(w.details());
            case uk.caseview.sdk.outbox.WriteRequest.AddressChangeWrite w -> uk.caseview.ui.format.PendingWrites.summary(u);
            case null, default -> null;
        };
    }

    @Override
    public void focus() {
        pane.focusBody();
    }

    @Override
    public boolean showDetail(CustomerFlag flag) {
        Node target = switch (flag) {
            case CAUTION, DECEASED, RESTRICTED_RECORD, VULNERABLE -> flagsSection;
            case APPOINTEE_ACTING -> householdSection;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        scrollTo(target);
        pane.focusBody();
        return true;
    }

    private void render(Citizen c) {
        model.reset();
        LocalDate today = LocalDate.now(context.clock());
        body.getChildren().setAll(pendingChanges.node());

        KeyValueGrid identity = new KeyValueGrid();
        identity.add("Name", c.name().fullName()).setId("citizen-name");
        identity.add("Date of birth", CitizenViewModel.dateOfBirth(c, today)).setId("citizen-dob");
        if (c.dateOfDeath() != null) {
            identity.add("Date of death", Dates.format(c.dateOfDeath()));
        }
        identity.add("NINO", context.nino().formatted());
        identity.add("Language", CitizenViewModel.language(c.preferredLanguage())).setId("citizen-language");
        identity.add("Identity", new Pill(CitizenViewModel.verification(c.identityVerification()),
                CitizenViewModel.verificationTone(c.identityVerification())));
        body.getChildren().add(identity);

        flagsSection = flags(c);
        if (flagsSection != null) {
            body.getChildren().add(flagsSection);
        }

        body.getChildren().add(section("Current address"));
        if (c.currentAddress() == null) {
            body.getChildren().add(Layouts.label("No address held", Styles.EMPTY));
        } else {
            Label address = Layouts.label(CitizenViewModel.addressBlock(c.currentAddress()), Styles.VALUE);
            address.setId("citizen-address");
            address.setWrapText(true);
            body.getChildren().addAll(address, Layouts.label(CitizenViewModel.addressSince(c.currentAddress()), Styles.MUTED));
        }
        var past = CitizenViewModel.pastAddresses(c);
        if (!past.isEmpty()) {
            body.getChildren().add(section("Previous addresses"));
            VBox list = new VBox();
            list.getStyleClass().add("cv-address-history");
            for (Address a : past) {
                Label line = Layouts.label(a.singleLine(), Styles.VALUE);
                line.setWrapText(true);
                list.getChildren().addAll(line, Layouts.label(CitizenViewModel.addressPeriod(a), Styles.MUTED));
            }
            body.getChildren().add(list);
        }

        body.getChildren().add(section("Contact"));
        KeyValueGrid contact = new KeyValueGrid();
        contact.add("Phone", CitizenViewModel.orDash(c.contact() == null ? null : c.contact().phone()));
        contact.add("Mobile", CitizenViewModel.orDash(c.contact() == null ? null : c.contact().mobile()))
                .setId("citizen-mobile");
        contact.addEmail("Email", CitizenViewModel.orDash(c.contact() == null ? null : c.contact().email()))
                .setId("citizen-email");
        body.getChildren().add(contact);

        householdSection = section("Household");
        body.getChildren().add(householdSection);
        var household = CitizenViewModel.household(c);
        if (household.isEmpty()) {
            body.getChildren().add(Layouts.label("Lives alone, no one acting for them", Styles.EMPTY));
        } else {
            KeyValueGrid grid = new KeyValueGrid();
            grid.setId("citizen-household");
            for (Relationship r : household) {
                grid.add(CitizenViewModel.role(r.type()), CitizenViewModel.person(r, today));
            }
            body.getChildren().add(grid);
        }

        body.getChildren().add(section("Bank details"));
        bank = c.bankAccount();
        if (bank == null) {
            body.getChildren().add(Layouts.label("No bank account held", Styles.EMPTY));
        } else {
            KeyValueGrid grid = new KeyValueGrid();
            grid.add("Account name", CitizenViewModel.orDash(bank.accountName()));
            grid.add("Sort code", sortCode);
            grid.add("Account number", accountNumber);
            body.getChildren().addAll(grid, reveal);
            refreshBank();
        }
        scroll.setVvalue(0);
    }

    private Node flags(Citizen c) {
        VBox box = Layouts.stack();
        box.setId("citizen-flags");
        if (c.flags().caution() != null) {
            Pill pill = new Pill("Caution: staff safety", Tone.DANGER);
            pill.setId("citizen-caution");
            Label why = Layouts.label(c.flags().caution().reason(), Styles.VALUE);
            why.setId("citizen-caution-reason");
            why.setWrapText(true);
            box.getChildren().addAll(pill, why);
            if (c.flags().caution().recordedOn() != null) {
                Label since = Layouts.label("Recorded " + uk.caseview.ui.format.Dates.format(c.flags().caution().recordedOn()),
                        Styles.MUTED);
                since.setId("citizen-caution-date");
                box.getChildren().add(since);
            }
        }
        if (c.flags().deceased() || c.dateOfDeath() != null) {
            box.getChildren().add(new Pill("Deceased", Tone.DANGER));
        }
        if (c.flags().restrictedRecord()) {
            box.getChildren().add(new Pill("Restricted record: access is audited", Tone.DANGER));
        }
        if (c.flags().vulnerable()) {
            box.getChildren().add(new Pill("Vulnerable", Tone.WARNING));
            if (c.flags().vulnerabilityNote() != null) {
                Label note = Layouts.label(c.flags().vulnerabilityNote(), Styles.VALUE);
                note.setWrapText(true);
                box.getChildren().add(note);
            }
        }
        return box.getChildren().isEmpty() ? null : box;
    }

    private void refreshBank() {
        if (bank == null) {
            return;
        }
        boolean shown = model.bankRevealedProperty().get();
        sortCode.setText(model.sortCode(bank));
        accountNumber.setText(model.accountNumber(bank));
        reveal.setText(shown ? "Hide bank details" : "Reveal bank details");
        reveal.setAccessibleText(shown ? "Hide bank details" : "Reveal bank details");
    }

    private void scrollTo(Node target) {
        double contentHeight = body.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (contentHeight > 0) {
            scroll.setVvalue(Math.min(1, target.getBoundsInParent().getMinY() / contentHeight));
        }
    }

    private static Label section(String text) {
        return Layouts.label(text, Styles.SECTION_TITLE);
    }
}
