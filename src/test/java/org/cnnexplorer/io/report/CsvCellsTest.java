package org.cnnexplorer.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelFiles;
import org.junit.jupiter.api.Test;

/** CSV exports keep every name as written: a comma or quote is quoted (RFC 4180), never dropped. */
class CsvCellsTest {

    private static NetworkReport named(String id, String layer) throws ModelFileException {
        return NetworkAnalyzer.analyze(ModelFiles.parse("{\"format\": 1, \"id\": \"" + id + "\", \"input\": \"3x8x8\", "
                + "\"classes\": 2, \"layers\": [{\"name\": \"" + layer + "\", \"type\": \"relu\"}]}", "net.json"));
    }

    @Test
    void aLayerNameWithACommaAndAQuoteIsQuotedInTheSummaryCsv() throws Exception {
        String csv = ReportFormats.csv(named("n", "a,b\\\"c|d"));
        assertTrue(csv.contains("\n\"a,b\"\"c|d\",relu,3x8x8,3x8x8,,0,0,192,1,1\n"), csv);
    }

    @Test
    void aNetworkIdWithACommaAndAQuoteIsQuotedInTheCompareCsvAndNumbersLoseTheirGrouping() throws Exception {
        String csv = CompareFormats.csv(List.of(named("i,d\\\"x", "r"), NetworkAnalyzer.analyze(
                ModelCatalog.load("lenet5"))));
        assertEquals(",\"i,d\"\"x\",lenet5", csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains("\nParameters,0,61706\n"), csv);
    }
}
