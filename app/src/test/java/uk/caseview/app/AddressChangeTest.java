package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.ui.format.Dates;

/**
 * A citizen rings to say they have moved: the new address is recorded from the contact details
 * dialog, through the outbox, with the API up and down, and read back from the stub and the screen.
 * Each test uses its own persona, so the version the dialog sends with If-Match is the current one.
 */
class AddressChangeTest {

    private static AppHarness harness;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        harness = AppHarness.start();
    }

    @AfterAll
    static void stopApp() throws Exception {
        harness.close();
    }

    @AfterEach
    void healthyAgain() throws Exception {
        // A dialog a failed test left open would hold every later test up at the search box.
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage s && s.getOwner() != null).toList()
                .forEach(Window::hide)).get();
        harness.stub.faults().clearAll();
        WaitForAsyncUtils.asyncFx(() -> harness.app.theme().setFontScale(1.0)).get();
        waitUntil(Duration.ofSeconds(20), () -> harness.window.status().pendingText().equals("Nothing waiting to send"));
    }

    private CustomerTab open(String nino) throws Exception {
        return harness.open(robot, nino);
    }

    private Citizen server(String nino) throws Exception {
        return harness.http.get("/citizen/v1/citizens/" + nino, Citizen.class);
    }

    private void replaceText(String query, String text) throws Exception {
        AppHarness.replaceText(robot, query, text);
    }

    private void typeNewAddress(String line1, String town, String postcode) throws Exception {
        replaceText("#address-line1", line1);
        replaceText("#address-town", town);
        replaceText("#address-postcode", postcode);
    }

    private String text(String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private String text(CustomerTab tab, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.from(tab.content()).lookup(query).queryLabeled().getText()).get();
    }

    private boolean shows(CustomerTab tab, String wanted) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.from(tab.content()).lookup("#panel-personal")
                .lookup((Node n) -> n instanceof Label l && wanted.equals(l.getText())).tryQuery().isPresent()).get();
    }

    @Test
    void aMoveWithTheApiUpBecomesTheCurrentAddressOnTheScreenAndTheServer() throws Exception {
        String nino = "ZX000001A";
        CustomerTab tab = open(nino);
        Citizen before = server(nino);
        Address old = before.currentAddress();
        assertThat(text(tab, "#header-address")).isEqualTo(old.singleLine());

        robot.clickOn("#action-contact");
        assertThat(text("#address-current")).contains(old.singleLine());
        assertThat(robot.lookup("#address-from").queryAs(TextInputControl.class).getText())
                .as("the move date starts as today").isNotBlank();
        typeNewAddress("7 Test Terrace", "Cardiff", "cf11 9zz");
        robot.clickOn("#contact-save");

        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().equals("Address change sent."));
        LocalDate today = LocalDate.now();
        Citizen after = server(nino);
        assertThat(after.currentAddress().singleLine()).isEqualTo("7 Test Terrace, Cardiff, CF11 9ZZ");
        assertThat(after.currentAddress().from()).isEqualTo(today);
        assertThat(after.pastAddresses().getFirst().singleLine()).isEqualTo(old.singleLine());
        assertThat(after.pastAddresses().getFirst().to()).isEqualTo(today.minusDays(1));
        assertThat(after.contact()).as("contact details not touched").isEqualTo(before.contact());
        assertThat(after.version()).isEqualTo(before.version() + 1);

        // Once sent, the customer is fetched again: header and Personal panel show the move unasked.
        waitUntil(Duration.ofSeconds(10), () -> robot.from(tab.content()).lookup("#header-address").queryLabeled()
                .getText().equals("7 Test Terrace, Cardiff, CF11 9ZZ"));
        waitUntil(Duration.ofSeconds(5), () -> robot.from(tab.content()).lookup("#citizen-address").queryLabeled()
                .getText().equals("7 Test Terrace\nCardiff\nCF11 9ZZ"));
        assertThat(shows(tab, old.singleLine())).as("the old address among the previous ones").isTrue();
        assertThat(shows(tab, Dates.format(old.from()) + " to " + Dates.format(today.minusDays(1)))).isTrue();

        // F5 agrees: the SDK's copy was refreshed too.
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(Duration.ofSeconds(20), () -> tab.viewProperty().get().isComplete());
        assertThat(text(tab, "#header-address")).isEqualTo("7 Test Terrace, Cardiff, CF11 9ZZ");
    }

    @Test
    void contactDetailsAndAMoveInOneSaveWithTheApiDownAreKeptCountedAndBothSentWhenItIsBack() throws Exception {
        String nino = "ZX000007A";
        CustomerTab tab = open(nino);
        Citizen before = server(nino);
        harness.stub.faults().set(StubApi.CITIZEN, Fault.errors(1.0, 503));
        String email = "kieran." + System.nanoTime() + "@example.org";
        robot.clickOn("#action-contact");
        replaceText("#contact-email", email);
        typeNewAddress("Flat 2, 5 Sample Court", "Swansea", "SA1 9ZZ");
        robot.clickOn("#contact-save");

        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().equals(
                "Address change and contact details update saved on this PC. The service isn't taking them yet; "
                        + "they will be sent when the service is back.")
                || harness.window.status().said().endsWith("it will be sent when the service is back."));
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().pendingText().equals("2 waiting to send"));
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().connectionText()
                .equals("Connected, but not answering: Citizen service"));

        harness.stub.faults().clear(StubApi.CITIZEN);
        waitUntil(Duration.ofSeconds(20), () -> harness.window.status().pendingText().equals("Nothing waiting to send"));
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().endsWith(" sent."));
        Citizen after = server(nino);
        // Both made against the version on screen; the second was carried on past the first's, not refused.
        assertThat(after.version()).isEqualTo(before.version() + 2);
        assertThat(after.contact().email()).isEqualTo(email);
        assertThat(after.currentAddress().singleLine()).isEqualTo("Flat 2, 5 Sample Court, Swansea, SA1 9ZZ");
        assertThat(after.pastAddresses().getFirst().singleLine()).isEqualTo(before.currentAddress().singleLine());
        waitUntil(Duration.ofSeconds(10), () -> robot.from(tab.content()).lookup("#header-address").queryLabeled()
                .getText().equals("Flat 2, 5 Sample Court, Swansea, SA1 9ZZ"));
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().connectionText().equals("Connected"));
    }

    @Test
    void aMalformedPostcodeOrAnImpossibleDateIsNamedAsTypedAndNothingIsSentOrLost() throws Exception {
        String nino = "ZX000003A";
        open(nino);
        Citizen before = server(nino);
        robot.clickOn("#action-contact");
        typeNewAddress("12 Example Street", "Leeds", "LS1 ZZZ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#address-postcode-message")).isEqualTo("That isn't a UK postcode. It looks like CF10 1AA or SW1A 2AA.");
        replaceText("#address-from", "01/01/1990");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#address-from-message")).startsWith("They have lived at the current address since ");
        robot.clickOn("#contact-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#contact-message")).isEqualTo("Correct the marked details first; nothing has been saved.");
        assertThat(harness.app.backendOutboxPending()).isZero();
        assertThat(robot.lookup("#address-line1").queryAs(TextInputControl.class).getText()).isEqualTo("12 Example Street");
        assertThat(robot.lookup("#address-postcode").queryAs(TextInputControl.class).getText()).isEqualTo("LS1 ZZZ");

        // Line 1 is needed once any of the address is typed.
        replaceText("#address-line1", "x");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#address-line1").queryAs(TextInputControl.class).clear()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#address-line1-message")).startsWith("Enter the first line of the new address");

        // Corrected, what was typed is all still there and goes.
        replaceText("#address-line1", "12 Example Street");
        replaceText("#address-postcode", "LS1 9ZZ");
        replaceText("#address-from", LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        robot.clickOn("#contact-save");
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().equals("Address change sent."));
        Citizen after = server(nino);
        assertThat(after.currentAddress().singleLine()).isEqualTo("12 Example Street, Leeds, LS1 9ZZ");
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void theDialogWithEveryMessageShowingFitsA1440By900ScreenAt130PercentText() throws Exception {
        open("ZX000005A");
        WaitForAsyncUtils.asyncFx(() -> harness.app.theme().setFontScale(1.3)).get();
        robot.clickOn("#action-contact");
        // Set on the FX thread, not typed: the test's screen is smaller than a caseworker's, and a robot's click
        // needs the field on it. The dialog's own checks run all the same.
        WaitForAsyncUtils.asyncFx(() -> {
            set("#contact-phone", "12");
            set("#contact-mobile", "029 2018 0471");
            set("#contact-email", "not-an-email");
            set("#address-line1", " ");
            set("#address-town", " ");
            set("#address-postcode", "ZZ");
            set("#address-from", "someday");
            robot.lookup("#contact-save").queryButton().fire();
        }).get();
        WaitForAsyncUtils.waitForFxEvents(5);
        for (String message : new String[] {"#contact-phone-message", "#contact-mobile-message", "#contact-email-message",
            "#address-line1-message", "#address-town-message", "#address-postcode-message", "#address-from-message",
            "#contact-message"}) {
            assertThat(text(message)).as(message).isNotBlank();
        }
        Node save = robot.lookup("#contact-save").query();
        Window dialog = save.getScene().getWindow();
        String dir = System.getProperty("caseview.screenshots.dir");
        if (dir != null) {
            shoot(save.getScene(), Path.of(dir).resolve("contact-and-address-dialog-text-130.png"));
        }
        assertThat(dialog.getHeight()).as("dialog height at 130 %").isLessThanOrEqualTo(860);
        assertThat(dialog.getWidth()).as("dialog width at 130 %").isLessThanOrEqualTo(1440);
        Bounds button = save.localToScene(save.getBoundsInLocal());
        assertThat(button.getMaxY()).as("Save inside the dialog, not cut off").isLessThanOrEqualTo(save.getScene().getHeight());
        robot.type(KeyCode.ESCAPE);
        assertThat(harness.app.backendOutboxPending()).isZero();
    }

    private void set(String query, String text) {
        robot.lookup(query).queryAs(TextInputControl.class).setText(text);
    }

    private static void shoot(javafx.scene.Scene scene, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
