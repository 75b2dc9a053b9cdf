package uk.caseview.app;

import javafx.application.Application;

/**
 * A plain main class, so Caseview starts from an ordinary class path: a class that extends
 * {@link Application} cannot be the main class there without JavaFX on the module path.
 */
public final class CaseviewMain {

    private CaseviewMain() {}

    /**
     * java.util.logging into SLF4J, so logback.xml's caps apply to libraries that log through it
     * (System.Logger is routed by slf4j-jdk-platform-logging, found by the JDK as a service).
     */
    static void routeJdkLoggingToSlf4j() {
        if (!org.slf4j.bridge.SLF4JBridgeHandler.isInstalled()) {
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
        }
    }

    public static void main(String[] args) {
        // Logging (logback reads its configuration: a fifth of a second) starts on its own thread,
        // beside JavaFX's start rather than before it.
        Thread.ofPlatform().name("logging-start").start(() -> {
            routeJdkLoggingToSlf4j();
            org.slf4j.LoggerFactory.getILoggerFactory();
        });
        Application.launch(CaseviewApp.class, args);
        if (uk.caseview.app.startup.SelfTest.fromArguments(java.util.List.of(args)).isPresent()) {
            // Its result is the process's: the package build and CI read the exit code.
            System.exit(uk.caseview.app.startup.SelfTest.exitCode());
        }
    }
}
