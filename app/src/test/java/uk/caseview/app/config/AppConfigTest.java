package uk.caseview.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.view.Source;

class AppConfigTest {

    private static AppConfig from(Map<String, String> props, Map<String, String> env) {
        return AppConfig.from(props::get, env::get);
    }

    @Test
    void nothingConfiguredMeansTrainingOnTheEmbeddedStubs() {
        AppConfig config = from(Map.of(), Map.of());
        assertThat(config.mode()).isEqualTo(Mode.TRAINING);
        assertThat(config.apiUrl()).isEmpty();
    }

    @Test
    void aLessonsTrainingDateIsReadAndABadOneIsNamed() {
        assertThat(from(Map.of(), Map.of("CASEVIEW_TRAINING_DATE", "2026-01-15")).trainingDate())
                .contains(java.time.LocalDate.of(2026, 1, 15));
        assertThat(from(Map.of(), Map.of()).trainingDate()).isEmpty();
        assertThatThrownBy(() -> from(Map.of("caseview.training.date", "15/01/2026"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dcaseview.training.date must be a date written YYYY-MM-DD");
        assertThatThrownBy(() -> from(Map.of(), Map.of("CASEVIEW_TRAINING_DATE", "2026-01-15",
                "CASEVIEW_API_URL", "https://gw.example", "CASEVIEW_IDP_ISSUER", "https://login.example")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the training date is for training only");
    }

    @Test
    void aClassroomServerNeedsATraineeNameAndIsTrainingOnly() {
        AppConfig desk = from(Map.of(), Map.of("CASEVIEW_CLASSROOM_URL", "http://trainer-pc:8089",
                "CASEVIEW_TRAINEE_NAME", "alice"));
        assertThat(desk.mode()).isEqualTo(Mode.TRAINING);
        assertThat(desk.classroom()).contains(new AppConfig.Classroom(URI.create("http://trainer-pc:8089"), "alice"));
        assertThatThrownBy(() -> from(Map.of(), Map.of("CASEVIEW_CLASSROOM_URL", "http://trainer-pc:8089")))
                .hasMessageContaining("set caseview.trainee.name");
        assertThatThrownBy(() -> from(Map.of("caseview.trainee.name", "Alice Smith"),
                Map.of("CASEVIEW_CLASSROOM_URL", "http://trainer-pc:8089")))
                .hasMessageContaining("-Dcaseview.trainee.name must be 1 to 64 letters");
        assertThatThrownBy(() -> from(Map.of(), Map.of("CASEVIEW_CLASSROOM_URL", "trainer-pc",
                "CASEVIEW_TRAINEE_NAME", "alice")))
                .hasMessageContaining("CASEVIEW_CLASSROOM_URL must be the classroom server's address");
        assertThatThrownBy(() -> from(Map.of(), Map.of("CASEVIEW_CLASSROOM_URL", "http://trainer-pc:8089",
                "CASEVIEW_TRAINEE_NAME", "alice", "CASEVIEW_API_URL", "https://gw.example",
                "CASEVIEW_IDP_ISSUER", "https://login.example")))
                .hasMessageContaining("a classroom is training only");
    }

    @Test
    void anAddressMeansLiveAndPropertiesBeatTheEnvironment() {
        AppConfig config = from(Map.of("caseview.api.url", "https://gw.example", "caseview.idp.issuer", "https://login.example"),
                Map.of("CASEVIEW_API_URL", "https://other.example", "CASEVIEW_API_DEBT_URL", "https://debt.example"));
        assertThat(config.mode()).isEqualTo(Mode.LIVE);
        assertThat(config.apiUrl()).contains(URI.create("https://gw.example"));
        assertThat(config.perApi()).containsEntry(Source.DEBT, URI.create("https://debt.example"));
    }

    @Test
    void theEnvironmentAloneIsEnough() {
        assertThat(from(Map.of(), Map.of("CASEVIEW_API_URL", "https://10.0.0.5:8443",
                "CASEVIEW_IDP_ISSUER", "https://login.example")).apiUrl())
                .contains(URI.create("https://10.0.0.5:8443"));
    }

    @Test
    void liveRefusesPlainHttpWithAMessageSayingWhy() {
        assertThatThrownBy(() -> from(Map.of(), Map.of("CASEVIEW_API_URL", "http://10.0.0.5:8080",
                "CASEVIEW_IDP_ISSUER", "https://login.example")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CASEVIEW_API_URL must be an https address")
                .hasMessageContaining("never sends personal data or tokens over plain http");
        assertThatThrownBy(() -> from(Map.of("caseview.api.url", "https://gw.example",
                "caseview.idp.issuer", "http://login.example"), Map.of()))
                .hasMessageContaining("-Dcaseview.idp.issuer must be an https address");
    }

    @Test
    void liveWillNotStartWithTheJdksHostNameCheckSwitchedOff() {
        assertThatThrownBy(() -> from(Map.of("caseview.api.url", "https://gw.example",
                "caseview.idp.issuer", "https://login.example",
                "jdk.internal.httpclient.disableHostnameVerification", "true"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("turns off TLS host-name checks");
    }

    @Test
    void liveNeedsAnIdentityProvider() {
        assertThatThrownBy(() -> from(Map.of("caseview.api.url", "https://gw.example"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("caseview.idp.issuer");
    }

    @Test
    void perApiAddressesWithoutADefaultMustCoverEveryApi() {
        assertThatThrownBy(() -> from(Map.of("caseview.api.citizen.url", "https://c.example"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("caseview.api.award.url");
    }

    @Test
    void aMalformedAddressIsNamedInTheMessage() {
        assertThatThrownBy(() -> from(Map.of("caseview.api.url", "gw.example"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dcaseview.api.url").hasMessageContaining("gw.example");
        assertThatThrownBy(() -> from(Map.of(), Map.of("CASEVIEW_API_URL", "ftp://x.example")))
                .hasMessageContaining("CASEVIEW_API_URL");
    }

    @Test
    void theUsersConfigFileSetsLiveAndTheEnvironmentAndCommandLineBeatIt(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("caseview.properties");
        java.nio.file.Path trust = dir.resolve("gateway-ca.p12");
        java.nio.file.Files.write(trust, new byte[] {1});
        java.nio.file.Files.writeString(file, "caseview.api.url=https://file.example\n"
                + "caseview.idp.issuer=https://login.file.example\n"
                + "caseview.truststore.path=" + trust.toString().replace("\\", "/") + "\n");
        UserConfigFile config = UserConfigFile.load(file);

        AppConfig fromFile = AppConfig.from(k -> null, k -> null, config);
        assertThat(fromFile.mode()).isEqualTo(Mode.LIVE);
        assertThat(fromFile.apiUrl()).contains(URI.create("https://file.example"));
        assertThat(fromFile.idpIssuer()).contains(URI.create("https://login.file.example"));
        assertThat(fromFile.trustStore()).map(AppConfig.TrustStoreSetting::path).contains(trust);
        assertThat(fromFile.trustStore()).map(AppConfig.TrustStoreSetting::type).contains("PKCS12");

        AppConfig envWins = AppConfig.from(k -> null, Map.of("CASEVIEW_API_URL", "https://env.example")::get, config);
        assertThat(envWins.apiUrl()).contains(URI.create("https://env.example"));
        AppConfig commandLineWins = AppConfig.from(Map.of("caseview.api.url", "https://cli.example")::get,
                Map.of("CASEVIEW_API_URL", "https://env.example")::get, config);
        assertThat(commandLineWins.apiUrl()).contains(URI.create("https://cli.example"));
    }

    @Test
    void aBadAddressInTheFileNamesTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("caseview.properties");
        java.nio.file.Files.writeString(file, "caseview.api.url=http://plain.example\n");
        assertThatThrownBy(() -> AppConfig.from(k -> null, k -> null, UserConfigFile.load(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("caseview.api.url in " + file).hasMessageContaining("https");
    }

    @Test
    void aTrustStoreThatCannotBeReadIsSaidAtStart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertThatThrownBy(() -> from(Map.of("caseview.api.url", "https://gw.example",
                "caseview.idp.issuer", "https://login.example",
                "caseview.truststore.path", dir.resolve("missing.p12").toString()), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dcaseview.truststore.path").hasMessageContaining("cannot read");
    }

    @Test
    void noFileMeansTraining(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        UserConfigFile none = UserConfigFile.load(dir.resolve("absent.properties"));
        assertThat(AppConfig.from(k -> null, k -> null, none).mode()).isEqualTo(Mode.TRAINING);
        assertThat(UserConfigFile.where(null, null, "/home/a")).isEqualTo(java.nio.file.Path.of("/home/a", ".caseview",
                "caseview.properties"));
        assertThat(UserConfigFile.where(null, "/etc/caseview/x.properties", "/home/a"))
                .isEqualTo(java.nio.file.Path.of("/etc/caseview/x.properties"));
    }
}
