package org.cnnexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ColumnFitTest {

    @Test
    void theLongestLinesOfAColumnAreTheOnesMeasured() {
        List<String> texts = ColumnFit.candidates(Stream.of("61.7 k\nbaseline", "138 M\n2242x", null, "6.62 M\n107x"));
        assertEquals("baseline", texts.get(0), "each line of a two-line cell counts on its own");
        assertTrue(texts.containsAll(List.of("61.7 k", "6.62 M", "138 M", "2242x")));
    }

    @Test
    void aLongColumnMeasuresOnlyAFewTexts() {
        List<String> texts = ColumnFit.candidates(IntStream.range(0, 500).mapToObj(i -> "layer" + i));
        assertEquals(ColumnFit.MEASURED, texts.size());
        assertTrue(texts.stream().allMatch(t -> t.length() == "layer100".length()));
    }

    @Test
    void aColumnIsAsWideAsItsHeaderOrWidestCellWithPadding() {
        assertTrue(ColumnFit.width(40, 200, 12) > 200, "room beside the widest cell");
        assertTrue(ColumnFit.width(200, 40, 12) > 200 + 12, "room for the header and a sort arrow");
        assertTrue(ColumnFit.width(100, 40, 18) > ColumnFit.width(100, 40, 12), "padding grows with the font");
    }
}
