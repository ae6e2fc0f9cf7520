package org.cnnexplorer.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.inside.ClassEvidence;
import org.cnnexplorer.inside.EvidenceMethod;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.cnnexplorer.ui.export.PngWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Inside tab's class evidence (Grad-CAM for the predicted class, another class, saliency), the
 * time-per-layer table on request, and blocks folded in the layer list, on the committed MNIST images.
 */
@ExtendWith(FxToolkitExtension.class)
class InsideEvidenceFxTest {

    private final FxRobot robot = new FxRobot();
    private final SimpleObjectProperty<NetworkSpec> network = new SimpleObjectProperty<>();
    private InsideViewModel viewModel;

    @BeforeEach
    void showLenet() throws Exception {
        network.set(ModelCatalog.load("lenet5"));
        viewModel = InsideViewFixture.open(network);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> evidence() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        InsideViewFixture.close();
    }

    @Test
    void showsGradCamOfThePredictedClassThenOfAChosenClassThenSaliency() throws Exception {
        Inspection inspection = viewModel.inspectionProperty().get();
        ClassEvidence predicted = evidence();
        assertEquals(EvidenceMethod.GRAD_CAM, predicted.method());
        assertEquals("s4", predicted.layer(), "LeNet-5's last feature map larger than 1x1");
        assertEquals(inspection.top().get(0).index(), predicted.classIndex());
        assertEquals(28 * 28, predicted.map().length);
        assertTrue(robot.lookup("#inside-evidence-scale").queryAs(Label.class).getText().contains("Grad-CAM of"));
        snapshot("inside-gradcam.png");

        int other = (predicted.classIndex() + 1) % 10;
        robot.interact(() -> viewModel.evidence().chosenProperty().set(
                viewModel.evidence().classesProperty().get().get(other)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> evidence() != null && evidence().classIndex() == other);
        robot.interact(() -> viewModel.evidence().methodProperty().set(EvidenceMethod.SALIENCY));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> evidence() != null
                && evidence().method() == EvidenceMethod.SALIENCY);
        assertEquals(other, evidence().classIndex(), "the chosen class stays for the other method");

        ClassEvidence saliency = evidence();
        robot.interact(() -> viewModel.choose(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> evidence() != null && evidence() != saliency);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(viewModel.inspectionProperty().get().top().get(0).index(), evidence().classIndex(),
                "a new image shows its predicted class");
    }

    @Test
    void gradCamOnAnEarlierChosenLayerNamesItAndKeepsItForTheNextImage() throws Exception {
        ComboBox<?> layers = robot.lookup("#inside-evidence-layer").queryAs(ComboBox.class);
        assertEquals(List.of("c1", "tanh1", "s2", "c3", "tanh2", "s4"), layers.getItems());
        assertEquals("s4", layers.getValue(), "the last feature map by default");
        assertEquals("c3  16x10x10", viewModel.evidence().layerText("c3"));

        robot.interact(() -> viewModel.evidence().layerProperty().set("c3"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> evidence() != null && evidence().layer().equals("c3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, evidence().gridHeight());
        assertTrue(robot.lookup("#inside-evidence-scale").queryAs(Label.class).getText().contains(" on c3 (10x10"));

        ClassEvidence c3 = evidence();
        robot.interact(() -> viewModel.choose(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> evidence() != null && evidence() != c3);
        assertEquals("c3", evidence().layer(), "the chosen layer stays for the next image");
        robot.interact(() -> viewModel.evidence().methodProperty().set(EvidenceMethod.SALIENCY));
        assertFalse(layers.getParent().isVisible(), "no layer to choose for saliency");
    }

    @Test
    void timesTheLayersOnRequestBesideTheirMacs() throws Exception {
        TableView<?> table = robot.lookup("#inside-times-table").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty(), "no timing until asked");
        TitledPane pane = robot.lookup("#inside-times").queryAs(TitledPane.class);
        assertFalse(pane.isExpanded(), "closed at first");
        robot.interact(() -> pane.setExpanded(true));
        robot.clickOn("#inside-time-layers");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !viewModel.times().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        LayerTimesViewModel.LayerTime c3 = viewModel.times().rows().stream().filter(r -> r.layer().equals("c3"))
                .findFirst().orElseThrow();
        assertEquals(240_000, c3.macs(), "16 x 10 x 10 outputs of 6 x 5 x 5 products");
        assertTrue(c3.millis() > 0 && c3.gflops() > 0, c3.toString());
        assertFalse(viewModel.times().runningProperty().get());
        assertTrue(robot.lookup("#inside-times-status").queryAs(Label.class).getText()
                .startsWith("whole forward pass "));
    }

    @Test
    void foldsTheBlocksOfAResidualNetworkAndDrawsThemWhenOpened() throws Exception {
        Inspection before = viewModel.inspectionProperty().get();
        NetworkSpec resnet = ModelCatalog.load("resnet18");
        robot.interact(() -> network.set(resnet));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> viewModel.inspectionProperty().get() != before
                && viewModel.inspectionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        VBox layers = (VBox) robot.lookup("#inside-layers").queryAs(ScrollPane.class).getContent();
        TitledPane stage = robot.lookup("#inside-block-layer1").queryAs(TitledPane.class);
        assertTrue(layers.getChildren().contains(stage), "the stage is a row of the list");
        assertFalse(stage.isExpanded());
        assertTrue(stage.getText().startsWith("layer1  ("), stage.getText());
        assertTrue(layers.getChildren().size() < viewModel.inspectionProperty().get().layers().size() / 4);
        robot.interact(() -> stage.setExpanded(true));
        VBox blocks = (VBox) stage.getContent();
        assertEquals(2, blocks.getChildren().size(), "two basic blocks in the stage");
        TitledPane block = (TitledPane) blocks.getChildren().get(0);
        robot.interact(() -> block.setExpanded(true));
        assertTrue(((VBox) block.getContent()).getChildren().size() >= 5, "conv, bn, relu, conv, bn, add, relu");
    }

    /**
     * The tab with random weights, in target/screenshots; docs/screenshots/inside-gradcam.png shows trained
     * ones ({@link org.cnnexplorer.ui.tools.TrainedShots}).
     */
    private void snapshot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        javafx.scene.Node root = robot.lookup("#inside-left").query().getScene().getRoot();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = root.snapshot(null, null));
        PngWriter.write(image[0], file);
    }

    private ClassEvidence evidence() {
        return viewModel.evidence().evidenceProperty().get();
    }
}
