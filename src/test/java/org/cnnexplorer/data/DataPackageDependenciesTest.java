package org.cnnexplorer.data;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The data package stands on the JDK alone: no DL4J, Jackson or JavaFX; of ours only its texts (i18n). */
class DataPackageDependenciesTest {

    @Test
    void dataPackageUsesOnlyJavaClasses() {
        JavaClasses data = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cnnexplorer.data");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.cnnexplorer.data",
                "org.cnnexplorer.i18n")
                .check(data);
    }
}
