package uk.caseview.app;

import javafx.application.Application;

/**
 * A plain main class, so Caseview starts from an ordinary class path: a class that extends
 * {@link Application} cannot be the main class there without JavaFX on the module path.
 */
public final class CaseviewMain {

    private CaseviewMain() {}

    public static void main(String[] args) {
        Application.launch(CaseviewApp.class, args);
    }
}
