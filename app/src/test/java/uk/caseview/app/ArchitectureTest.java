package uk.caseview.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules the folder tree promises, checked on the compiled classes of every module
 * on the app's class path: the SDK knows no JavaFX, a panel knows no other panel and no stub
 * server, and the shell names no panel class (panels arrive only through ServiceLoader).
 */
class ArchitectureTest {

    private static final List<String> PANELS = List.of(
            "uk.caseview.ui.citizen", "uk.caseview.ui.earnings", "uk.caseview.ui.award",
            "uk.caseview.ui.debt", "uk.caseview.ui.evidence");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.caseview");
    }

    @Test
    void theSdkImportsNoJavaFx() {
        noClasses().that().resideInAPackage("uk.caseview.sdk..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void aPanelImportsNoOtherPanelAndNoStubServer() {
        for (String panel : PANELS) {
            String[] others = PANELS.stream().filter(p -> !p.equals(panel)).map(p -> p + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(panel + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAPackage("uk.caseview.stubs..")
                    .check(classes);
        }
    }

    @Test
    void sharedUiCodeImportsNoPanelAndNoStubServer() {
        noClasses().that().resideInAPackage("uk.caseview.ui..")
                .and().resideOutsideOfPackages(PANELS.stream().map(p -> p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(PANELS.stream().map(p -> p + "..").toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAPackage("uk.caseview.stubs..")
                .check(classes);
    }

    @Test
    void theShellNamesNoPanelClass() {
        noClasses().that().resideInAPackage("uk.caseview.app..")
                .should().dependOnClassesThat().resideInAnyPackage(PANELS.stream().map(p -> p + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void onlyTheBackendWiresTheStubServerIn() {
        noClasses().that().resideInAPackage("uk.caseview.app..")
                .and().resideOutsideOfPackage("uk.caseview.app.backend..")
                .should().dependOnClassesThat().resideInAPackage("uk.caseview.stubs..")
                .check(classes);
    }
}
