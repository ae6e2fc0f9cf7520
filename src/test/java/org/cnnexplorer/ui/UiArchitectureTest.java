package org.cnnexplorer.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The GUI's layering: ViewModels and the pure logic they use (layout, comparison rows, event
 * coalescing, export formats) never touch the scene graph, so they are tested without a toolkit;
 * and no GUI class refers to DL4J or ND4J, so the explorer opens without loading them (training
 * reaches the backend only through the {@code training} interfaces and ServiceLoader).
 */
class UiArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cnnexplorer.ui");

    @Test
    void viewModelsAndPureLogicDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleName("LayerRow").or().haveSimpleName("CompareRow").or().haveSimpleName("CompareRows")
                .or().resideInAPackage("org.cnnexplorer.ui.graph.layout..")
                .or().haveSimpleName("EventCoalescer").or().haveSimpleName("Decimator")
                .or().haveSimpleName("TrainingProgress").or().haveSimpleName("TrainingForm")
                .or().haveSimpleName("GraphSvg").or().haveSimpleName("CurvesCsv").or().haveSimpleName("LayerEdits")
                .or().haveSimpleName("LogScale").or().haveSimpleName("ExplorerState")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(UI);
    }

    @Test
    void theGuiNeverRefersToDl4jOrNd4j() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.cnnexplorer.dl4j..", "org.deeplearning4j..", "org.nd4j..", "org.bytedeco..")
                .check(UI);
    }
}
