package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldNamesTest {

    private static final Set<String> CONV = Set.of("filters", "kernel", "stride", "padding", "dilation", "groups",
            "bias");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "strides | ' (did you mean ''stride''?)'",
        "kernal | ' (did you mean ''kernel''?)'",
        "Padding | ' (did you mean ''padding''?)'",
        "filter | ' (did you mean ''filters''?)'",
        "colour | ''",
        "x | ''",
    })
    void suggestsTheClosestKnownFieldOnlyWhenItIsClose(String written, String suggestion) {
        assertEquals(suggestion, FieldNames.suggestion(written, CONV));
    }
}
