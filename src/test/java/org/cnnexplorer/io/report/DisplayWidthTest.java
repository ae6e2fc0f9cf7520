package org.cnnexplorer.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terminal columns: Hangul takes two a syllable, so Korean tables stay aligned. */
class DisplayWidthTest {

    @ParameterizedTest
    @CsvSource({"layer, 5", "층, 2", "매개변수, 8", "출력 3x28x28, 12", "'', 0", "ＡＢ, 4"})
    void hangulSyllablesTakeTwoColumnsAndLatinOne(String text, int columns) {
        assertEquals(columns, DisplayWidth.of(text));
    }

    @Test
    void paddingCountsColumnsNotCharacters() {
        assertEquals("층   |", DisplayWidth.padRight("층", 5) + "|");
        assertEquals("|   층", "|" + DisplayWidth.padLeft("층", 5));
        assertEquals("입력층", DisplayWidth.padRight("입력층", 2));
    }

    @Test
    void aKoreanTableLinesUpItsColumnsOnScreen() {
        String table = TextTable.render(List.of("층", "매개변수"), List.of(List.of("conv1", "156"),
                List.of("합성곱", "2,416")), 1);
        List<Integer> ends = table.lines().map(DisplayWidth::of).distinct().toList();
        assertEquals(List.of(16), ends, table);
    }
}
