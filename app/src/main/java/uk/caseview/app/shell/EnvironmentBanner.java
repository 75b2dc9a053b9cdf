package uk.caseview.app.shell;

import java.net.URI;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import uk.caseview.app.config.Mode;

/** Always on screen: TRAINING, OFFLINE or LIVE, so no one mistakes practice for a real record. */
public final class EnvironmentBanner extends HBox {

    public enum Shown { TRAINING, OFFLINE, LIVE }

    private final Label tag = new Label();
    private final Label detail = new Label();
    private final Mode mode;
    private final URI address;
    /** In training, the lesson's fixed date, said in the banner so a class knows why "today" is another day. */
    private java.time.LocalDate trainingDate;
    /** In a classroom, the trainee this desk's practice data is kept under. */
    private String trainee;

    public EnvironmentBanner(Mode mode, URI address) {
        this.mode = mode;
        this.address = address;
        setId("environment-banner");
        getStyleClass().add("cv-env-banner");
        tag.setId("environment-tag");
        tag.getStyleClass().add("cv-env-tag");
        detail.getStyleClass().add("cv-env-detail");
        getChildren().addAll(tag, detail);
        show(ConnectionState.UNKNOWN);
    }

    public void show(ConnectionState connection) {
        Shown shown = mode == Mode.TRAINING ? Shown.TRAINING
                : connection == ConnectionState.UNREACHABLE ? Shown.OFFLINE : Shown.LIVE;
        tag.setText(shown.name());
        detail.setText(switch (shown) {
            case TRAINING -> (trainee == null ? "Synthetic people from the built-in training server."
                    : "Synthetic people from the classroom's training server at " + host() + ", as trainee " + trainee
                            + ".") + " Nothing here is a real citizen."
                    + (trainingDate == null ? "" : " Training date: " + uk.caseview.ui.format.Dates.format(trainingDate)
                            + ", fixed for the lesson.");
            case OFFLINE -> "Can't reach " + host() + ". Panels show saved data where there is some; actions are kept and sent later.";
            case LIVE -> "Real citizens' records from " + host() + ".";
        });
        getStyleClass().removeIf(c -> c.startsWith("cv-env-") && !c.equals("cv-env-banner"));
        getStyleClass().add("cv-env-" + shown.name().toLowerCase(java.util.Locale.ROOT));
        setAccessibleText(tag.getText() + ". " + detail.getText());
    }

    /** Training on a lesson's fixed date: the banner says which. */
    public void trainingDate(java.time.LocalDate day) {
        trainingDate = day;
        show(ConnectionState.UNKNOWN);
    }

    /** Training on a classroom's shared server as {@code name}: the banner says whose practice data this is. */
    public void classroom(String name) {
        trainee = name;
        show(ConnectionState.UNKNOWN);
    }

    public String shownText() {
        return tag.getText();
    }

    private String host() {
        return address == null ? "the services" : address.getHost();
    }
}
