package org.jiannuo.interfaces;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API and the JSF screens are two adapters side by side: neither uses the other, and what
 * both need (reports, texts and languages, account jobs, security) lives in packages of its own
 * that use neither. A rule that finds no class to check fails.
 */
class InterfacesLayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jiannuo.interfaces");
    }

    @Test
    void theApiDoesNotUseTheScreens() {
        noClasses().that().resideInAPackage("org.jiannuo.interfaces.rest..")
                .should().dependOnClassesThat().resideInAPackage("org.jiannuo.interfaces.web..")
                .check(classes);
    }

    @Test
    void theScreensDoNotUseTheApi() {
        noClasses().that().resideInAPackage("org.jiannuo.interfaces.web..")
                .should().dependOnClassesThat().resideInAPackage("org.jiannuo.interfaces.rest..")
                .check(classes);
    }

    @Test
    void theSharedPackagesUseNeitherAdapter() {
        noClasses().that().resideInAnyPackage("org.jiannuo.interfaces.report..", "org.jiannuo.interfaces.i18n..",
                        "org.jiannuo.interfaces.account..", "org.jiannuo.interfaces.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jiannuo.interfaces.web..",
                        "org.jiannuo.interfaces.rest..")
                .check(classes);
    }
}
