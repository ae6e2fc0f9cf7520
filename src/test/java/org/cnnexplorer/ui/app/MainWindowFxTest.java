package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.io.Numbers;
import org.cnnexplorer.training.TrainingState;
import org.cnnexplorer.ui.FxToolkitExtension;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.training.FakeTrainingBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven like a user would, headless under Monocle, with the fake training backend. */
@ExtendWith(FxToolkitExtension.class)
class MainWindowFxTest {

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger backendLookups = new AtomicInteger();
    private MainWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        FakeTrainingBackend fake = new FakeTrainingBackend(1, null);
        window = MainWindowFixture.open(PreferenceStore.inMemory(), () -> {
            backendLookups.incrementAndGet();
            return fake;
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        MainWindowFixture.close(window);
    }

    private <T extends Node> T lookup(String query) {
        return robot.lookup(query).query();
    }

    private String text(String query) {
        return ((Label) lookup(query)).getText();
    }

    private void openFromList(String title) {
        ListView<?> list = lookup("#network-list");
        robot.interact(() -> java.util.stream.IntStream.range(0, list.getItems().size())
                .filter(i -> list.getItems().get(i) instanceof org.cnnexplorer.ui.explorer.PickerItem p
                        && p.title().equals(title))
                .findFirst().ifPresent(list::scrollTo));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(list).lookup(LabeledMatchers.hasText(title)).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeInto(String spinnerId, String value) {
        Spinner<?> spinner = lookup(spinnerId);
        robot.doubleClickOn(spinner.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A).write(value).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachClassicNetworkOpensWithItsGraphAndTotals() {
        String[][] networks = {{"LeNet-5", "61,706"}, {"AlexNet", "61,100,840"}, {"VGG16", "138,357,544"},
            {"GoogLeNet", "6,624,904"}, {"ResNet-50", "25,557,032"}};
        for (String[] network : networks) {
            openFromList(network[0]);
            assertEquals(network[0], text("#network-name"));
            assertEquals(network[1], text("#total-parameters"));
            assertNotNull(window.graph().boxNode("input"), network[0] + " draws its graph");
            assertTrue(text("#status").startsWith("The network runs"));
        }
        assertNotNull(window.graph().boxNode("layer1.0"), "ResNet's bottlenecks are boxes");
        assertEquals(0, backendLookups.get(), "browsing networks never looks for a training backend");
    }

    @Test
    void editingASelectedLayerChangesEveryNumber() {
        openFromList("LeNet-5");
        robot.clickOn(window.graph().boxNode("c1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("c1", text("#editor-title"));
        typeInto("#edit-filters", "12");
        long expected = 61_706 + 6 * 26 + 6 * 25 * 16;
        assertEquals(Numbers.grouped(expected), text("#total-parameters"));
        assertEquals("LeNet-5 *", text("#network-name"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("61,706", text("#total-parameters"));
    }

    @Test
    void anImpossibleInputMarksTheLayerInRedAndKeepsTheRestUsable() {
        openFromList("AlexNet");
        typeInto("#input-height", "32");
        typeInto("#input-width", "32");
        String message = "pool5: input 256x1x1 is smaller than the 3x3 window (stride 2) -> output 0x0";
        assertEquals("PROBLEM  " + message + "; runs from 63x63", text("#status"));
        assertTrue(text("#totals-problem").contains(message));
        assertTrue(window.graph().boxNode("pool5").getStyleClass().contains("problem"));
        robot.clickOn(window.graph().boxNode("conv1"));
        assertEquals("conv1", text("#editor-title"), "the rest stays usable");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#status").startsWith("The network runs"), text("#status"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Integer.valueOf(32), ((Spinner<?>) lookup("#input-height")).getValue());
    }

    @Test
    void twoNetworksAreComparedSideBySide() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> columns = lookup("#compare-list");
        while (columns.getItems().size() > 2) {
            robot.clickOn(robot.from(columns).lookup(".list-cell").nth(2).queryAs(Node.class));
            robot.clickOn("Remove");
        }
        TableView<?> table = lookup("#compare-table");
        assertEquals(3, table.getColumns().size(), "the metric column and two networks");
        assertEquals("alexnet", table.getColumns().get(2).getText());
        assertTrue(robot.lookup(".compare-cell.best").tryQuery().isPresent());
        robot.clickOn("#compare-add-current");
        assertEquals(4, table.getColumns().size(), "the explored network joins as a third column");
    }

    @Test
    void aTinyTrainingRunEndsWithCurvesAMatrixAndPredictions() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        typeInto("#train-limit", "640");
        robot.clickOn("#train-start");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> window.viewModel().training().stateProperty().get() == TrainingState.FINISHED);
        } catch (Exception e) {
            throw new AssertionError("training did not finish: " + window.viewModel().training().statusProperty().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<?, ?> loss = lookup("#loss-chart");
        assertEquals(20, loss.getData().get(0).getData().size(), "10 iterations per epoch, 2 epochs");
        assertFalse(loss.getData().get(1).getData().isEmpty());
        assertTrue(robot.lookup(".confusion-cell").queryAll().size() >= 100);
        assertFalse(robot.lookup(".prediction-tile.wrong").queryAll().isEmpty());
        assertEquals(1.0, window.viewModel().training().progress().progressProperty().get());
        assertEquals(1, backendLookups.get());
    }

    @Test
    void theGraphAndTheCurvesAreExportedAsImages(@TempDir Path dir) throws Exception {
        openFromList("GoogLeNet");
        robot.interact(() -> window.viewModel().graph().expandAll());
        Path graph = dir.resolve("graph.png");
        window.exports().setFileTarget((title, name, extension) -> graph);
        robot.interact(() -> window.commands().exportGraphPng());
        javafx.scene.image.Image image = new javafx.scene.image.Image(graph.toUri().toString());
        assertTrue(image.getWidth() > 1000 && image.getHeight() > 5000, image.getWidth() + "x" + image.getHeight());
        Path svg = dir.resolve("graph.svg");
        window.exports().setFileTarget((title, name, extension) -> svg);
        robot.interact(() -> window.commands().exportGraphSvg());
        assertTrue(Files.readString(svg).contains("inception5b"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        Path curves = dir.resolve("curves.png");
        window.exports().setFileTarget((title, name, extension) -> curves);
        robot.interact(() -> window.commands().exportCurvesPng());
        assertTrue(Files.size(curves) > 1000);
    }

    @Test
    void theTrainTabTakesUpEachNetworksSuggestedSettings() {
        openFromList("LeNet-5");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.003", ((javafx.scene.control.TextField) lookup("#train-rate")).getText());
        assertEquals(LearningRateSchedule.COSINE,
                ((javafx.scene.control.ComboBox<?>) lookup("#train-schedule")).getValue());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        openFromList("ResNet-50");
        assertEquals("0.001", window.viewModel().training().form().learningRateProperty().get());
        assertEquals(LearningRateSchedule.CONSTANT, window.viewModel().training().form().scheduleProperty().get());
    }

    @Test
    void trainingTellsWhenTheNetworkCannotTakeTheDataSet() {
        openFromList("AlexNet");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#train-fit").startsWith("Cannot train on MNIST (1x28x28 images): "), text("#train-fit"));
        assertTrue(text("#train-fit").contains("it runs from 63x63"), text("#train-fit"));
        javafx.scene.control.ComboBox<org.cnnexplorer.training.ImageResize.Mode> resize = lookup("#train-resize");
        assertEquals("network minimum 63x63",
                resize.getConverter().toString(org.cnnexplorer.training.ImageResize.Mode.MINIMUM));
        robot.interact(() -> resize.setValue(org.cnnexplorer.training.ImageResize.Mode.MINIMUM));
        assertTrue(text("#train-fit").startsWith("Trained on MNIST resized to 1x63x63 (bilinear)"), text("#train-fit"));
    }

    @Test
    void shortcutsSwitchTabsThemeAndLectureMode() {
        TabPane tabs = lookup("#tabs");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.scene().getRoot().getStyleClass().containsAll(java.util.List.of("dark", "lecture")));
    }

    @Test
    void aMalformedModelFileShowsWhereTheErrorIsAndKeepsTheNetwork(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": 1, \"id\": \"b\", \"layers\": [}");
        robot.interact(() -> window.viewModel().picker().openFile(broken));
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = robot.lookup(".error-dialog").query();
        String message = robot.from(dialog).lookup(".error-message").queryLabeled().getText();
        assertTrue(message.startsWith(broken + ":1:"), message);
        assertEquals("LeNet-5", text("#network-name"));
        robot.clickOn("OK");
    }

    @Test
    void typingAWholeNumberReanalysesAtEachKeystrokeAndIsOneUndoStep() {
        openFromList("LeNet-5");
        robot.clickOn(window.graph().boxNode("c1"));
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<?> filters = lookup("#edit-filters");
        robot.doubleClickOn(filters.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("12");
        WaitForAsyncUtils.waitForFxEvents();
        long twelve = 61_706 + 6 * 26 + 6 * 25 * 16;
        assertEquals(Numbers.grouped(twelve), text("#total-parameters"), "no Enter needed");
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("12x", filters.getEditor().getText(), "what is being typed stays");
        assertEquals("'12x' is not a whole number", text("#edit-error"));
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.BACK_SPACE).type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", filters.getEditor().getText());
        assertTrue(text("#edit-error").startsWith("type a whole number from 1 to"), text("#edit-error"));
        robot.write("9").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Numbers.grouped(61_706 + 3 * 26 + 3 * 25 * 16), text("#total-parameters"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("61,706", text("#total-parameters"), "the digits typed in one go are one undo step");
    }

    @Test
    void theSettingsBarsOptimizerSaysItOnlySizesTheMemoryEstimate() {
        Label caption = robot.lookup(".settings-caption").match(LabeledMatchers.hasText("Optimizer (memory)"))
                .queryAs(Label.class);
        assertTrue(caption.getTooltip().getText().startsWith("Only for the training-memory estimate"));
        assertTrue(caption.getTooltip().getText().contains("The Train tab chooses the optimizer a run uses"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> train = lookup("#train-optimizer");
        assertTrue(train.getTooltip().getText().contains("only sizes the memory estimate"));
    }
}
