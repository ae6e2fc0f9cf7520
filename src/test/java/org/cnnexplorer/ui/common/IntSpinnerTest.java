package org.cnnexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a number field says about partly typed text, without a toolkit. */
class IntSpinnerTest {

    @Test
    void aWholeNumberWithinTheLimitsIsAValue() {
        assertNull(IntSpinner.problem("12", 1, 100));
        assertNull(IntSpinner.problem(" 1,000 ", 1, 1000));
    }

    @Test
    void partlyTypedTextSaysWhatIsWrong() {
        assertEquals("type a whole number from 1 to 100", IntSpinner.problem("", 1, 100));
        assertEquals("'12x' is not a whole number", IntSpinner.problem("12x", 1, 100));
        assertEquals("at least 1, not 0", IntSpinner.problem("0", 1, 100));
        assertEquals("at most 100, not 4294967299", IntSpinner.problem("4294967299", 1, 100));
    }
}
