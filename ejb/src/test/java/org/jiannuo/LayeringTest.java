package org.jiannuo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EJB module's layers depend inwards only: the domain on nothing of ours, the application on
 * the domain and its own ports, infrastructure on both. Checked on the compiled classes, so a
 * fully qualified name counts as much as an import. A rule that finds no class to check fails.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jiannuo");
    }

    @Test
    void theDomainKnowsNeitherServicesNorAdapters() {
        noClasses().that().resideInAPackage("org.jiannuo.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jiannuo.application..",
                        "org.jiannuo.infrastructure..", "org.jiannuo.interfaces..")
                .check(classes);
    }

    @Test
    void theApplicationUsesPortsNotAdapters() {
        noClasses().that().resideInAPackage("org.jiannuo.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jiannuo.infrastructure..",
                        "org.jiannuo.interfaces..")
                .check(classes);
    }
}
