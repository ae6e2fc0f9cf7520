package org.cnnexplorer.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.report.CompareColumns.Column;
import org.junit.jupiter.api.Test;

/** The Compare tab's export: a column per compared network, each with the settings it was analysed at. */
class CompareColumnsTest {

    private final NetworkSpec lenet = ModelCatalog.load("lenet5");

    CompareColumnsTest() throws ModelFileException {
    }

    private List<NetworkReport> reports(List<Column> columns) {
        return columns.stream().map(c -> NetworkAnalyzer.analyze(lenet, c.settings())).toList();
    }

    @Test
    void theSameNetworkAtTwoSizesGetsTwoColumnsEachWithItsInput() {
        AnalysisSettings small = AnalysisSettings.defaultsFor(lenet);
        List<Column> columns = List.of(new Column("lenet5", "LeNet-5", small),
                new Column("lenet5 1x32x32", "LeNet-5", small.withInput(Shape.of(1, 32, 32))));
        String csv = CompareColumns.csv(columns, reports(columns));
        assertEquals(",lenet5,lenet5 1x32x32", csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains("\nNetwork,LeNet-5,LeNet-5\nInput (CxHxW),1x28x28,1x32x32\n"), csv);
    }

    @Test
    void csvHasPlainNumbersWithMemoryInBytesAndMarkdownGroupsThem() {
        List<Column> columns = List.of(new Column("lenet5", "LeNet-5", AnalysisSettings.defaultsFor(lenet)));
        List<NetworkReport> reports = reports(columns);
        String csv = CompareColumns.csv(columns, reports);
        assertTrue(csv.contains("\nParameters,61706\n"), csv);
        assertTrue(csv.contains("\nParameter memory (bytes),246824\n"), csv);
        String markdown = CompareColumns.markdown(columns, reports);
        assertTrue(markdown.contains("| Parameters | 61,706 |"), markdown);
        assertTrue(markdown.contains("| Parameter memory | 241.0 KiB |"), markdown);
    }

    @Test
    void aTitleWithACommaAQuoteOrALineBreakIsQuotedInTheCsv() {
        List<Column> columns = List.of(new Column("a,b\"c\nd", "LeNet-5", AnalysisSettings.defaultsFor(lenet)));
        String csv = CompareColumns.csv(columns, reports(columns));
        assertTrue(csv.startsWith(",\"a,b\"\"c\nd\"\n"), csv);
    }
}
