package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The app's own logging set-up, as it ships (app/src/main/resources/logback.xml, no test config):
 * the JDK's loggers and java.util.logging reach logback, so its caps on the loggers that would
 * print request lines (NINOs) or headers (tokens) hold in the installed app (issue 12).
 */
class ShippedLoggingTest {

    @Test
    void theJdksSystemLoggersGoThroughSlf4jAndTheirDebugIsCapped() {
        System.Logger client = System.getLogger("jdk.internal.httpclient");
        System.Logger server = System.getLogger("com.sun.net.httpserver");

        assertThat(client.getClass().getName()).startsWith("org.slf4j.jdk.platform.logging");
        assertThat(client.isLoggable(System.Logger.Level.DEBUG)).as("headers carry the bearer token").isFalse();
        assertThat(server.isLoggable(System.Logger.Level.DEBUG)).as("request lines carry NINOs").isFalse();
        assertThat(server.isLoggable(System.Logger.Level.INFO)).isTrue();
    }

    @Test
    void javaUtilLoggingIsRoutedToSlf4jByTheMainClass() {
        CaseviewMain.routeJdkLoggingToSlf4j();

        java.util.logging.Handler[] root = java.util.logging.LogManager.getLogManager().getLogger("").getHandlers();
        assertThat(Arrays.stream(root).map(h -> h.getClass().getSimpleName())).containsExactly("SLF4JBridgeHandler");
        assertThat(org.slf4j.LoggerFactory.getLogger("com.sun.net.httpserver").isDebugEnabled()).isFalse();
    }
}
