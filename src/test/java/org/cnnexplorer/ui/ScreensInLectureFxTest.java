package org.cnnexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.cnnexplorer.ui.app.MainWindow;
import org.cnnexplorer.ui.app.MainWindow.Screen;
import org.cnnexplorer.ui.app.MainWindowFixture;
import org.cnnexplorer.ui.compare.CompareEntry;
import org.cnnexplorer.ui.export.ExportActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Graph, Table, Charts and Compare screens in lecture mode at 1280x800, as a lecturer shows
 * them: no text is cut to "…", Compare columns fit their values, and exports do not depend on zoom.
 */
@ExtendWith(FxToolkitExtension.class)
class ScreensInLectureFxTest {

    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        window = MainWindowFixture.open();
        robot.interact(() -> window.viewModel().lectureProperty().set(true));
        settle();
    }

    @AfterEach
    void closeWindow() throws Exception {
        MainWindowFixture.close(window);
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private Node show(Screen screen) {
        robot.interact(() -> window.show(screen));
        settle();
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        return tabs.getSelectionModel().getSelectedItem().getContent();
    }

    /** Every shown Labeled under the node whose drawn text (its LabeledText child) is not its whole text. */
    private static List<String> elided(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Text drawn = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .findFirst().orElse(null);
            if (drawn != null && !drawn.getText().equals(labeled.getText())) {
                cut.add(labeled.getClass().getSimpleName() + " '" + labeled.getText() + "' drawn as '"
                        + drawn.getText() + "'");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    @Test
    void noTextIsCutOnTheGraphTableChartsAndCompareScreens() {
        for (String network : List.of("googlenet", "resnet50", "vgg16")) {
            robot.interact(() -> window.viewModel().picker().openBuiltIn(network));
            settle();
            for (Screen screen : List.of(Screen.GRAPH, Screen.TABLE, Screen.CHARTS, Screen.COMPARE)) {
                Node content = show(screen);
                assertEquals(List.of(), elided(content), network + " on " + screen);
            }
        }
    }

    @Test
    void theChartsOfGoogLeNetKeepPlotsTallEnoughToRead() {
        robot.interact(() -> window.viewModel().picker().openBuiltIn("googlenet"));
        settle();
        Node content = show(Screen.CHARTS);
        for (String id : List.of("#chart-memory", "#chart-macs")) {
            BarChart<?, ?> chart = robot.from(content).lookup(id).queryAs(BarChart.class);
            double plot = chart.lookup(".chart-plot-background").getLayoutBounds().getHeight();
            assertTrue(plot >= 120, id + ": the bars are drawn " + plot + " px high under the long layer names");
        }
    }

    @Test
    void eightComparedNetworksKeepReadableColumnsAndTheMetricNamesWhole() throws Exception {
        robot.interact(() -> {
            try {
                for (String id : List.of("alexnet-paper", "googlenet-paper", "lenet5")) {
                    window.viewModel().compare().addBuiltIn(id);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Node content = show(Screen.COMPARE);
        TableView<?> table = robot.from(content).lookup("#compare-table").queryAs(TableView.class);
        assertEquals(9, table.getColumns().size());
        for (TableColumn<?, ?> column : table.getColumns().subList(1, 9)) {
            assertTrue(column.getWidth() >= 80, column.getText() + " is " + column.getWidth() + " wide");
        }
        assertTrue(table.getColumns().get(0).getWidth() < 320, "the metric names take what they need");
        assertEquals(List.of(), elided(content));
        // the header (about half a row) and at least three whole rows above the chart
        assertTrue(table.getHeight() >= 3.5 * table.getFixedCellSize(),
                "the table is " + table.getHeight() + " high for rows of " + table.getFixedCellSize());
        BarChart<?, ?> chart = robot.from(content).lookup("#compare-chart").queryAs(BarChart.class);
        double plot = chart.lookup(".chart-plot-background").getLayoutBounds().getHeight();
        assertTrue(plot >= 80, "the compare chart's bars are drawn " + plot + " px high");
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                window.viewModel().compare().remove(0);
            }
        });
        settle();
        for (TableColumn<?, ?> column : table.getColumns().subList(1, 3)) {
            assertTrue(column.getWidth() >= 80, column.getText() + " after removing: " + column.getWidth());
        }
    }

    @Test
    void makingABaselineReordersTheChartAsWellAsTheList() {
        Node content = show(Screen.COMPARE);
        robot.interact(() -> window.viewModel().compare().makeBaseline(4));
        settle();
        BarChart<?, ?> chart = robot.from(content).lookup("#compare-chart").queryAs(BarChart.class);
        List<String> labels = window.viewModel().compare().entries().stream().map(CompareEntry::label).toList();
        assertEquals("resnet50", labels.get(0));
        assertEquals(labels, ((CategoryAxis) chart.getXAxis()).getCategories());
        List<Object> bars = chart.getData().get(0).getData().stream().map(d -> (Object) d.getXValue()).toList();
        assertEquals(labels, bars);
        double first = chart.getData().get(0).getData().get(0).getNode().getBoundsInParent().getMinX();
        double second = chart.getData().get(0).getData().get(1).getNode().getBoundsInParent().getMinX();
        assertTrue(first < second, "the baseline's bar is drawn first");
    }

    @Test
    void theGraphPngIsTheSameAtFitAsAtFullSize(@TempDir Path dir) throws Exception {
        robot.interact(() -> window.viewModel().picker().openBuiltIn("googlenet"));
        show(Screen.GRAPH);
        Path atFit = dir.resolve("fit.png");
        Path atOne = dir.resolve("one.png");
        robot.interact(() -> window.graph().fit());
        settle();
        assertTrue(window.graph().scale() < 0.6, "Fit zooms out: " + window.graph().scale());
        robot.interact(() -> write(atFit));
        robot.interact(() -> window.graph().actualSize());
        settle();
        robot.interact(() -> write(atOne));
        javafx.scene.image.Image fit = new javafx.scene.image.Image(atFit.toUri().toString());
        javafx.scene.image.Image one = new javafx.scene.image.Image(atOne.toUri().toString());
        assertEquals(one.getWidth(), fit.getWidth());
        assertEquals(one.getHeight(), fit.getHeight());
        assertArrayEquals(Files.readAllBytes(atOne), Files.readAllBytes(atFit), "the same picture, sizes included");
    }

    private void write(Path file) {
        try {
            ExportActions.graphPng(window.graph(), file, Color.WHITE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
