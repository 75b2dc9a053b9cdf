package uk.caseview.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell's tabs: pages under the strip, one visible, and a closed tab's page kept in the scene without moving. */
@ExtendWith(ApplicationExtension.class)
class TabDeckTest {

    // Made in start(): controls need the toolkit, which is up only once the test class's instance exists.
    private TabDeck deck;
    private Tab start;
    private Tab customer;
    private Node startPage;
    private Node customerPage;

    @Start
    void start(Stage stage) {
        deck = new TabDeck();
        start = new Tab("Start");
        customer = new Tab("Customer");
        startPage = new StackPane(new Label("start"));
        customerPage = new StackPane(new Label("customer"));
        deck.add(start, startPage);
        deck.add(customer, customerPage);
        stage.setScene(new Scene(deck.node(), 600, 400));
        stage.show();
    }

    @Test
    void onlyTheChosenTabsPageIsVisibleAndLaidOut() throws Exception {
        onFx(() -> deck.select(customer));
        assertThat(customerPage.isVisible()).isTrue();
        assertThat(customerPage.isManaged()).isTrue();
        assertThat(startPage.isVisible()).isFalse();
        assertThat(startPage.isManaged()).isFalse();

        onFx(() -> deck.select(start));
        assertThat(startPage.isVisible()).isTrue();
        assertThat(customerPage.isVisible()).isFalse();
    }

    @Test
    void aClosedTabsPageWaitsInTheSceneAndComesBackWithoutChangingParent() throws Exception {
        onFx(() -> deck.select(customer));
        List<Object> moves = new ArrayList<>();
        customerPage.parentProperty().addListener((o, old, now) -> moves.add(now));
        customerPage.sceneProperty().addListener((o, old, now) -> moves.add(now));

        onFx(() -> deck.strip().getTabs().remove(customer));
        assertThat(customerPage.getScene()).isNotNull();
        assertThat(customerPage.isVisible()).isFalse();
        assertThat(deck.page(customer)).contains(customerPage);

        onFx(() -> {
            deck.add(customer, customerPage);
            deck.select(customer);
        });
        assertThat(customerPage.isVisible()).isTrue();
        // Never out of the scene, never under another parent: nothing for JavaFX to restyle.
        assertThat(moves).isEmpty();
    }

    @Test
    void aDiscardedPageLeavesTheScene() throws Exception {
        onFx(() -> {
            deck.strip().getTabs().remove(customer);
            deck.discard(customer);
        });
        assertThat(customerPage.getScene()).isNull();
        assertThat(deck.page(customer)).isEmpty();
    }

    @Test
    void aPageGivenLaterIsShownWhenItsTabIsTheChosenOne() throws Exception {
        Tab workspace = new Tab("Workspace");
        Node workspacePage = new StackPane(new Label("workspace"));
        onFx(() -> {
            deck.add(workspace, null);
            deck.select(workspace);
        });
        assertThat(deck.page(workspace)).isEmpty();
        onFx(() -> deck.setPage(workspace, workspacePage));
        assertThat(workspacePage.isVisible()).isTrue();
        assertThat(startPage.isVisible()).isFalse();
    }

    private static void onFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
    }
}
