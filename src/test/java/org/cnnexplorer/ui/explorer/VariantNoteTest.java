package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings bar says which LeNet-5 is in use once the input no longer matches it. */
class VariantNoteTest {

    @ParameterizedTest(name = "{0} at {1}: \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "lenet5    | 1x28x28 | ''",
        "lenet5    | 3x32x32 | LeNet-5, 28x28 variant (c1 padding 2); for 32x32 inputs open lenet5-32",
        "lenet5-32 | 1x32x32 | ''",
        "lenet5-32 | 1x28x28 | LeNet-5, 32x32 variant (c1 unpadded, as in the paper); for 28x28 inputs open lenet5",
        "vgg16     | 3x32x32 | ''",
    })
    void namesTheVariantWhenTheInputChanges(String id, String input, String note) throws Exception {
        ExplorerViewModel vm = ExplorerViewModelTest.open(id);
        assertTrue(vm.setInput(Shape.parse(input)));
        assertEquals(note, VariantNote.of(vm.report()));
    }
}
