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
        if (uk.caseview.app.startup.SelfTest.fromArguments(java.util.List.of(args)).isPresent()) {
            // Its result is the process's: the package build and CI read the exit code.
            System.exit(uk.caseview.app.startup.SelfTest.exitCode());
        }
    }
}
