package io.textmfa;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering rules of design.md section 3. */
class ArchitectureTest {
    /** Domain and engines: pure Java. Packages of later issues join this list as they appear. */
    private static final String[] PURE_PACKAGES = {"io.textmfa.tenant..", "io.textmfa.files..", "io.textmfa.licensing..",
            "io.textmfa.rollout..", "io.textmfa.policy..", "io.textmfa.delivery..", "io.textmfa.report.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.textmfa");
    }

    @Test
    void domainAndEnginesDoNotUseJavaFx() {
        ArchRule rule = noClasses().that().resideInAnyPackage(PURE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("engines run the same in the CLI, in tests and behind the GUI");
        rule.check(classes);
    }

    @Test
    void onlyTheGraphPackageUsesTheGraphSdk() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.textmfa.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("com.microsoft..", "com.azure..")
                .because("SDK models are mapped to domain records in graph/ and never kept elsewhere");
        rule.check(classes);
    }

    @Test
    void viewModelsDoNotTouchSceneGraphTypes() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("ViewModels hold state and commands; only Views build and bind controls");
        rule.check(classes);
    }

    @Test
    void engineAndUiCodeDoNotPrintToTheConsole() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.textmfa.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("only the CLI prints; everything else logs through SLF4J");
        rule.check(classes);
    }

    @Test
    void loggingGoesThroughSlf4j() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging.log4j..",
                        "ch.qos.logback..", "org.apache.commons.logging..")
                .because("SLF4J is the one logging API; Logback is only its runtime binding");
        rule.check(classes);
    }
}
