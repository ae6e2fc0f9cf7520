package org.cnnexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.training.TrainingHistory;
import org.cnnexplorer.ui.graph.layout.GraphBuilder;
import org.cnnexplorer.ui.graph.layout.GraphLayout;
import org.cnnexplorer.ui.graph.layout.GraphModel;
import org.cnnexplorer.ui.graph.layout.GraphPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ExportTest {

    private final List<String> errors = new ArrayList<>();

    private ExportActions exportsTo(Path file) {
        ExportActions exports = new ExportActions(null, (title, message) -> errors.add(message));
        exports.setFileTarget((title, name, extension) -> file);
        return exports;
    }

    @Test
    void theGraphBecomesAnSvgDocumentWithEveryBoxAndShape() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("googlenet"));
        GraphModel model = GraphBuilder.build(report, Set.of("inception3a"));
        String svg = GraphSvg.render(new GraphPicture(model, GraphLayout.layout(model), true, true));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(model.nodes().size() + model.frames().size() + 1, doc.getElementsByTagName("rect").getLength(),
                "a rectangle per box and frame, and the background");
        assertEquals(model.edges().size() + 1, doc.getElementsByTagName("path").getLength(),
                "a path per edge and the arrowhead");
        assertTrue(svg.contains(">branch2.1.conv<"));
        assertTrue(svg.contains(">inception3b  [+]<"));
        assertTrue(svg.contains(">192x28x28<"));
    }

    @Test
    void everyEdgeOfTheSvgEndsInAnArrowhead() throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("googlenet"));
        GraphModel model = GraphBuilder.build(report, Set.of("inception3a"));
        String svg = GraphSvg.render(new GraphPicture(model, GraphLayout.layout(model), true, true));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, doc.getElementsByTagName("marker").getLength());
        assertEquals("arrow", ((org.w3c.dom.Element) doc.getElementsByTagName("marker").item(0)).getAttribute("id"));
        int arrows = 0;
        for (int i = 0; i < doc.getElementsByTagName("path").getLength(); i++) {
            org.w3c.dom.Element path = (org.w3c.dom.Element) doc.getElementsByTagName("path").item(i);
            arrows += path.getAttribute("marker-end").equals("url(#arrow)") ? 1 : 0;
        }
        assertEquals(model.edges().size(), arrows);
    }

    @Test
    void aBlocksSettingsWrapOverTwoLinesInTheSvg() {
        assertEquals(List.of("inception: 1x1 64 | 3x3", "96→128 | 3x3 16→32 | pool→32"),
                GraphSvg.wrap("inception: 1x1 64 | 3x3 96→128 | 3x3 16→32 | pool→32", GraphSvg.DETAIL_CHARS));
        assertEquals(List.of("conv2d 3x3 s1 p1"), GraphSvg.wrap("conv2d 3x3 s1 p1", GraphSvg.DETAIL_CHARS));
    }

    @Test
    void theEditedNetworkIsSavedAsAModelFileThatReadsBack(@TempDir Path dir) throws Exception {
        NetworkSpec edited = ModelCatalog.load("resnet50").withLayer("layer1.0.conv2", Conv2dSpec.of(32, 3, 1, 1, false));
        Path file = dir.resolve("edited.json");
        exportsTo(file).modelJson(edited);
        assertEquals(edited, ModelFiles.read(file));
    }

    @Test
    void tablesAreExportedAsCsvAndMarkdown(@TempDir Path dir) throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        exportsTo(dir.resolve("t.csv")).tableCsv(report);
        exportsTo(dir.resolve("t.md")).tableMarkdown(report);
        List<String> csv = Files.readAllLines(dir.resolve("t.csv"));
        assertEquals("layer,type,input,output,kernel/stride/pad,params,MACs,activations,RF size,RF jump", csv.get(0));
        assertEquals(report.layers().size() + 2, csv.size()); // the header, the layers, the conventions
        assertTrue(csv.get(csv.size() - 1).startsWith("conventions: compute in MACs;"), csv.toString());
        assertTrue(Files.readString(dir.resolve("t.md")).contains("| c1 | conv2d |"));
    }

    @Test
    void curvesAreExportedAsCsv() {
        String csv = CurvesCsv.render(List.of(new TrainingHistory.LossPoint(1, 2.3, 2.3),
                new TrainingHistory.LossPoint(2, 2.1, 2.29)), List.of(new TrainingHistory.EpochPoint(1, 0.9, Double.NaN)));
        assertEquals("iteration,loss,smoothed_loss\n1,2.30000,2.30000\n2,2.10000,2.29000\n\n"
                + "epoch,train_accuracy,test_accuracy\n1,0.900000,\n", csv);
    }

    @Test
    void aFailedWriteIsReportedAndCancellingWritesNothing(@TempDir Path dir) throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        exportsTo(dir.resolve("missing-folder").resolve("t.csv")).tableCsv(report);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("missing-folder"), errors.get(0));
        exportsTo(null).tableCsv(report);
        assertEquals(1, errors.size());
    }
}
