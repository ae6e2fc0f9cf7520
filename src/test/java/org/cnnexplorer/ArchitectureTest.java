package org.cnnexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of docs/architecture.md, checked on the main classes. A pure core and
 * data package, Jackson only in io, DL4J only in dl4j; cli and ui never see each other. Inside io,
 * the rooms model, report and run stand on the shared root; the graph layout is free of JavaFX.
 * Rules on packages that are still empty on a branch pass ({@code allowEmptyShould}).
 */
@AnalyzeClasses(packages = "org.cnnexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.cnnexplorer.";
    private static final String JAVA = "java..";
    private static final String CORE = BASE + "core..";
    private static final String DATA = BASE + "data..";
    private static final String TRAINING = BASE + "training..";
    /** The interface texts (pure Java): every package may use them. */
    private static final String I18N = BASE + "i18n..";
    private static final String IO = BASE + "io";
    private static final String JACKSON = "com.fasterxml.jackson..";
    private static final String GRAPH_LAYOUT = BASE + "ui.graph.layout..";

    @ArchTest
    static final ArchRule textsUseOnlyJava = classes().that().resideInAPackage(I18N)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N)
            .because("every package reads its texts from the message bundles, so they depend on nothing");

    @ArchTest
    static final ArchRule coreUsesOnlyJava = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE)
            .because("the core is pure Java: specs, shape inference and analysis without any library");

    @ArchTest
    static final ArchRule lessonsUseOnlyTheCore = classes().that().resideInAPackage(BASE + "lessons..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, BASE + "lessons..")
            .because("a lesson states figures of the core's analysis; the GUI and the CLI show them");

    @ArchTest
    static final ArchRule ioUsesOnlyCoreTrainingAndJackson = classes().that().resideInAPackage(BASE + "io..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, TRAINING, BASE + "io..",
                    "com.fasterxml.jackson..")
            .because("io maps files (model files, saved runs) to core and training values; Jackson stays here");

    @ArchTest
    static final ArchRule ioRootUsesNoRoom = classes().that().resideInAPackage(IO)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, IO)
            .because("io's shared helpers (Printable, Numbers, AtomicFile, SyncedFiles) sit below its rooms");

    @ArchTest
    static final ArchRule modelFilesUseNoReportsOrRuns = classes().that().resideInAPackage(IO + ".model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, IO, IO + ".model..", JACKSON)
            .because("a model file is read and written without report renderings or saved runs");

    @ArchTest
    static final ArchRule reportsRenderOnlyCoreReports = classes().that().resideInAPackage(IO + ".report..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, IO, IO + ".report..", JACKSON)
            .because("a report renders the core's analysis; it knows neither model files nor saved runs");

    @ArchTest
    static final ArchRule savedRunsUseModelFilesButNoReports = classes().that().resideInAPackage(IO + ".run..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, TRAINING, IO, IO + ".model..",
                    IO + ".run..", JACKSON)
            .because("a saved run embeds its network's model file and reads it with io.model; reports are not saved");

    @ArchTest
    static final ArchRule graphLayoutIsFreeOfTheToolkit = classes().that().resideInAPackage(GRAPH_LAYOUT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, IO, GRAPH_LAYOUT)
            .because("the graph's boxes and geometry are computed without JavaFX (and tested without the toolkit);"
                    + " the view in ui.graph and the SVG export draw them");

    @ArchTest
    static final ArchRule dataUsesOnlyJava = classes().that().resideInAPackage(DATA)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, DATA)
            .allowEmptyShould(true)
            .because("the data set readers are plain Java");

    @ArchTest
    static final ArchRule trainingUsesOnlyCoreAndData = classes().that().resideInAPackage(TRAINING)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, DATA, TRAINING)
            .allowEmptyShould(true)
            .because("the training API is free of DL4J so that the GUI opens without loading ND4J");

    @ArchTest
    static final ArchRule insideUsesCoreDataAndTraining = classes().that().resideInAPackage(BASE + "inside..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, "javax.imageio..", CORE, DATA, TRAINING,
                    BASE + "inside..")
            .allowEmptyShould(true)
            .because("the Inside view's model is free of DL4J; the engine behind its port lives in dl4j");

    @ArchTest
    static final ArchRule dl4jUsesCoreDataTrainingAndTheBackend = classes().that().resideInAPackage(BASE + "dl4j..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, DATA, TRAINING, BASE + "io..",
                    BASE + "dl4j..", BASE + "inside..", "org.deeplearning4j..", "org.nd4j..", "org.bytedeco..", "org.slf4j..",
                    "com.sun.jna..", "com.sun.management..")
            .allowEmptyShould(true)
            .because("dl4j is the adapter from core specs to the DL4J backend; checkpoints go through io.run.RunFiles");

    /** The rooms of the DL4J adapter (docs/architecture.md, "The DL4J adapter's rooms"). */
    private static final String DL4J_GRAPH = BASE + "dl4j.graph..";
    private static final String DL4J_LAYERS = BASE + "dl4j.layers..";
    private static final String DL4J_SESSION = BASE + "dl4j.session..";
    private static final String DL4J_SPEED = BASE + "dl4j.speed..";
    private static final String DL4J_INSPECT = BASE + "dl4j.inspect..";

    @ArchTest
    static final ArchRule dl4jLayersKnowNoOtherRoom = noClasses().that().resideInAPackage(DL4J_LAYERS)
            .should().dependOnClassesThat().resideInAnyPackage(DL4J_GRAPH, DL4J_SESSION, DL4J_SPEED, DL4J_INSPECT)
            .allowEmptyShould(true)
            .because("the custom layers, vertices and activations are DL4J building blocks that know no network,"
                    + " run or runtime set-up; the graph translation places them");

    @ArchTest
    static final ArchRule dl4jGraphUsesOnlyTheLayers = noClasses().that().resideInAPackage(DL4J_GRAPH)
            .should().dependOnClassesThat().resideInAnyPackage(DL4J_SESSION, DL4J_SPEED, DL4J_INSPECT)
            .allowEmptyShould(true)
            .because("translating a network needs no run, runtime set-up or inspection; they use the translation");

    @ArchTest
    static final ArchRule dl4jSpeedServesSessionsAndInspection = noClasses().that().resideInAPackage(DL4J_SPEED)
            .should().dependOnClassesThat().resideInAnyPackage(DL4J_SESSION, DL4J_INSPECT)
            .allowEmptyShould(true)
            .because("the runtime set-up is shared by training and inspection, so it uses neither");

    @ArchTest
    static final ArchRule dl4jSessionsDoNotInspect = noClasses().that().resideInAPackage(DL4J_SESSION)
            .should().dependOnClassesThat().resideInAPackage(DL4J_INSPECT)
            .allowEmptyShould(true)
            .because("training and the Inside view's engine are two services side by side");

    @ArchTest
    static final ArchRule dl4jInspectionDoesNotTrain = noClasses().that().resideInAPackage(DL4J_INSPECT)
            .should().dependOnClassesThat().resideInAPackage(DL4J_SESSION)
            .allowEmptyShould(true)
            .because("training and the Inside view's engine are two services side by side");

    @ArchTest
    static final ArchRule onlyIoUsesJackson = noClasses().that().resideOutsideOfPackages(BASE + "io..", BASE + "cli..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("Jackson lives in io (and the cli's JSON output goes through io)");

    @ArchTest
    static final ArchRule onlyDl4jUsesTheBackend = noClasses().that().resideOutsideOfPackage(BASE + "dl4j..")
            .and().resideOutsideOfPackage(BASE + "onnx..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "onnx..")
            .because("DL4J and ND4J stay behind the dl4j adapter (the onnx reader uses only nd4j-api's protobuf)");

    @ArchTest
    static final ArchRule onnxUsesCoreIoAndTheProtobufClasses = classes().that().resideInAPackage(BASE + "onnx..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, I18N, CORE, TRAINING, BASE + "io..",
                    BASE + "onnx..", "onnx..", "org.nd4j.shade.protobuf..")
            .because("the ONNX reader maps the file's protobuf graph to core specs (and weights to the"
                    + " backend-free training.NetworkWeights); io finds it through ServiceLoader");

    @ArchTest
    static final ArchRule cliDoesNotUseTheGui = noClasses().that().resideInAPackage(BASE + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + "ui..", "javafx..")
            .because("the command line runs without a display");

    @ArchTest
    static final ArchRule guiDoesNotUseTheCli = noClasses().that().resideInAPackage(BASE + "ui..")
            .should().dependOnClassesThat().resideInAPackage(BASE + "cli..")
            .allowEmptyShould(true)
            .because("the GUI and the command line are two front ends over the same packages");

    @ArchTest
    static final ArchRule onlyTheGuiUsesJavaFx = noClasses().that().resideOutsideOfPackage(BASE + "ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only the GUI knows the toolkit");
}
