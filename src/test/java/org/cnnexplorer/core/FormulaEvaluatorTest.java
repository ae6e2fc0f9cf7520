package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormulaEvaluatorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(5*5*6/1)*16 + 16 | 2416",
        "floor((14 + 2*0 - 1*(5-1) - 1)/1) + 1 | 10",
        "ceil((112 + 2*0 - 1*(3-1) - 1)/2) + 1 | 56",
        "floor((7 + 2*1 - 1*(3-1) - 1)/2) + 1 - 1 | 3",
        "max(3, 19, 7) + 2*-1 | 17",
        "ceil(7/2) | 4",
        "floor(-1/2) | -1",
        "10 - 2 - 3 | 5",
        "12/4/3 | 1"})
    void evaluatesExactlyWithLeftToRightPrecedence(String text, long expected) {
        assertEquals(BigInteger.valueOf(expected), FormulaEvaluator.evaluate(text));
    }

    @Test
    void refusesFractionsAndStrayText() {
        assertThrows(IllegalArgumentException.class, () -> FormulaEvaluator.evaluate("7/2"));
        assertThrows(IllegalArgumentException.class, () -> FormulaEvaluator.evaluate("2 x 3"));
        assertThrows(IllegalArgumentException.class, () -> FormulaEvaluator.evaluate("(2 + 3"));
    }
}
