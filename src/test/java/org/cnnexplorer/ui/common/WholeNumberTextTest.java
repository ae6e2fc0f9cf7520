package org.cnnexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a number field says about partly typed text, without a toolkit. */
class WholeNumberTextTest {

    @Test
    void aWholeNumberWithinTheLimitsIsAValue() {
        assertNull(WholeNumberText.problem("12", 1, 100));
        assertNull(WholeNumberText.problem(" 1,000 ", 1, 1000));
    }

    @Test
    void partlyTypedTextSaysWhatIsWrong() {
        assertEquals("type a whole number from 1 to 100", WholeNumberText.problem("", 1, 100));
        assertEquals("'12x' is not a whole number", WholeNumberText.problem("12x", 1, 100));
        assertEquals("at least 1, not 0", WholeNumberText.problem("0", 1, 100));
        assertEquals("at most 100, not 4294967299", WholeNumberText.problem("4294967299", 1, 100));
    }
}
