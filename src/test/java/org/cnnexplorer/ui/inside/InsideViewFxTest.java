package org.cnnexplorer.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.data.TestData;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Inside tab on LeNet-5 with the committed MNIST test images: every layer, the arithmetic, the top-5. */
@ExtendWith(FxToolkitExtension.class)
class InsideViewFxTest {

    private final FxRobot robot = new FxRobot();
    private InsideViewModel viewModel;
    private final SimpleObjectProperty<NetworkSpec> network = new SimpleObjectProperty<>();

    @BeforeEach
    void showLenet() throws Exception {
        network.set(ModelCatalog.load("lenet5"));
        viewModel = InsideViewFixture.open(network);
        waitForInspection();
    }

    @AfterEach
    void close() throws Exception {
        InsideViewFixture.close();
    }

    @Test
    void showsEveryLayerTheArithmeticOfTheMiddlePixelAndTheTopFive() {
        Inspection inspection = viewModel.inspectionProperty().get();
        VBox layers = (VBox) robot.lookup("#inside-layers").queryAs(ScrollPane.class).getContent();
        assertEquals(inspection.report().layers().size(), layers.getChildren().size());
        assertTrue(robot.lookup("#inside-layer-c1").tryQuery().isPresent());
        String arithmetic = robot.lookup("#inside-arithmetic").queryAs(TextArea.class).getText();
        assertTrue(arithmetic.startsWith("c1[c=0, y=14, x=14] = bias + sum over 1 input channel(s)"), arithmetic);
        assertTrue(arithmetic.contains("(feature map: "), arithmetic);
        assertEquals(5, robot.lookup("#inside-top").queryAs(VBox.class).getChildren().size());
        assertEquals("untrained: random weights", robot.lookup("#inside-weights").queryAs(Label.class).getText());
        assertEquals(24, robot.lookup("#inside-samples").queryAs(javafx.scene.layout.TilePane.class)
                .getChildren().size());
    }

    @Test
    void aSavedRunBringsItsLearnedWeightsAndRandomWeightsComeBack(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("lenet5.cnnrun");
        assertEquals(0, org.cnnexplorer.cli.MainAccess.run("train", "lenet5", "--dataset", "mnist", "--epochs", "1",
                "--limit", "128", "--test-limit", "64", "--data-dir", TestData.fixturesDir().toString(),
                "--checkpoint", run.toString()));
        Inspection random = viewModel.inspectionProperty().get();
        robot.interact(() -> viewModel.useRun(run));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> viewModel.weightsProperty().get().startsWith("trained 1 epoch")
                && viewModel.inspectionProperty().get() != random);
        waitForInspection();
        assertTrue(viewModel.weightsProperty().get().startsWith("trained 1 epoch on MNIST, test accuracy "),
                viewModel.weightsProperty().get());
        Inspection trained = viewModel.inspectionProperty().get();
        robot.interact(() -> viewModel.useRandomWeights());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.inspectionProperty().get() != trained);
        assertEquals("untrained: random weights", viewModel.weightsProperty().get());
        robot.interact(() -> viewModel.useRun(dir.resolve("missing.cnnrun")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.statusProperty().get()
                .startsWith("cannot use the run missing.cnnrun: "));
        assertEquals("untrained: random weights", viewModel.weightsProperty().get());
    }

    @Test
    void anImportedOnnxNetworkRunsWithTheWeightsItsFileHolds() throws Exception {
        Path onnx = Path.of("src", "test", "resources", "onnx", "lenet5.onnx");
        Inspection random = viewModel.inspectionProperty().get();
        NetworkSpec spec = org.cnnexplorer.io.model.ModelSources.read(onnx);
        robot.interact(() -> network.set(spec));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.inspectionProperty().get() != random);
        Inspection imported = viewModel.inspectionProperty().get();
        robot.interact(() -> viewModel.useOnnxWeights(onnx));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.inspectionProperty().get() != imported
                && viewModel.statusProperty().get().contains("forward pass"));
        assertEquals("weights of lenet5.onnx (its ONNX initializers)", viewModel.weightsProperty().get());
        robot.interact(() -> viewModel.useOnnxWeights(Path.of("no-such.onnx")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.statusProperty().get()
                .startsWith("cannot use the weights of no-such.onnx: "));
        assertEquals("weights of lenet5.onnx (its ONNX initializers)", viewModel.weightsProperty().get());
    }

    @Test
    void aNewerImageReplacesAStaleOne() throws Exception {
        robot.interact(() -> {
            viewModel.choose(2);
            viewModel.choose(3);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.statusProperty().get()
                .startsWith("MNIST test image 3,") && viewModel.statusProperty().get().contains("forward pass"));
        assertTrue(viewModel.imageProperty().get().description().startsWith("MNIST test image 3,"));
    }

    @Test
    void anUnreadableFileOnlyChangesTheStatus(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("scan.jpg"), "not a picture");
        Inspection before = viewModel.inspectionProperty().get();
        robot.interact(() -> viewModel.open(bad));
        assertEquals(bad + ": not a PNG or JPEG image that can be read", viewModel.statusProperty().get());
        assertSame(before, viewModel.inspectionProperty().get());
    }

    private void waitForInspection() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> viewModel.inspectionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
