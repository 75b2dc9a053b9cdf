import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: a stage with one text field, nothing else. It prints
 * "bare-window ready N" (milliseconds since the process started) in the first frame in which the
 * field has focus, measured the same way as Caseview's self-test, then exits.
 */
public class BareWindow extends Application {

    private boolean done;

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        TextField field = new TextField();
        Scene scene = new Scene(new StackPane(field), 1440, 900);
        scene.addPostLayoutPulseListener(() -> {
            if (!done && stage.isShowing() && field.isFocused()) {
                done = true;
                long since = java.time.Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(),
                        java.time.Instant.now()).toMillis();
                System.out.println("bare-window ready " + since);
                Platform.runLater(Platform::exit);
            }
        });
        stage.setScene(scene);
        stage.show();
        field.requestFocus();
    }
}
