package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the Korean walk lets through: Hangul, shapes, units, ids and names; not English words. */
class KoreanTextRulesTest {

    private final KoreanTextRules rules = new KoreanTextRules(List.of("layer1.0.conv1", "fc"));

    @ParameterizedTest
    @ValueSource(strings = {"출력 1x28x28", "3x224x224", "61.1 M MACs", "2.1 GFLOP/s", "resnet18", "ResNet-18",
        "conv2d", "layer1.0", "layer1.0.conv1", "MBConv6 5x5 → 40, SE 10", "1.60x", "CIFAR-10", "412.0 MiB",
        "Ctrl+Shift+D", "English"})
    void allowsKoreanUnitsShapesIdsAndNames(String text) {
        assertEquals(List.of(), rules.untranslatedWords(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Open image...", "out 1x28x28", "3 layers: conv2d, relu", "+ open", "Ready."})
    void flagsEnglishWords(String text) {
        assertEquals(false, rules.untranslatedWords(text).isEmpty(), text);
    }
}
