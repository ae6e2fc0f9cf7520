package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.InputSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerKindSamples;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.core.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of layer or block can be written to a model file and read back unchanged, and is
 * documented; the decoder (a string switch over type names) knows exactly the kinds of the table.
 */
class LayerKindFilesTest {

    @Test
    void theDecoderReadsExactlyTheKindsOfTheTable() {
        Set<String> kinds = Arrays.stream(LayerKind.values()).filter(k -> k != LayerKind.INPUT).map(LayerKind::id)
                .collect(Collectors.toSet());
        assertEquals(kinds, LayerDecoder.types(), "LayerDecoder.FIELDS and decode() need an entry per LayerKind");
    }

    @ParameterizedTest
    @EnumSource(value = LayerKind.class, names = "INPUT", mode = EnumSource.Mode.EXCLUDE)
    void everyKindReadsBackAsWritten(LayerKind kind) throws Exception {
        NetworkSpec spec = LayerKindSamples.network(kind);
        NetworkSpec back = ModelFiles.parse(ModelFiles.toJson(spec), kind.id() + ".json");
        assertEquals(spec.nodes(), back.nodes());
    }

    @ParameterizedTest
    @EnumSource(value = LayerKind.class, names = "INPUT", mode = EnumSource.Mode.EXCLUDE)
    void everyKindIsDocumentedInTheFormatDescription(LayerKind kind) throws Exception {
        String doc = Files.readString(Path.of("docs", "model-format.md"));
        assertTrue(doc.contains("`" + kind.id() + "`"), "docs/model-format.md does not mention `" + kind.id() + "`");
    }

    @Test
    void pyTorchsNameSiluReadsAsSwishAndALeakyReluAtTheDefaultSlopeIsWrittenWithout() throws Exception {
        NetworkSpec spec = ModelFiles.parse("{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2,"
                + " \"layers\": [{\"name\": \"a\", \"type\": \"silu\"}, {\"name\": \"b\", \"type\": \"leaky-relu\"}]}",
                "net.json");
        assertEquals(new ActivationSpec(Activation.SWISH), spec.nodes().get(0).element());
        assertEquals(new LeakyReluSpec(0.01), spec.nodes().get(1).element());
        String json = ModelFiles.toJson(spec);
        assertTrue(json.contains("{\"name\":\"a\",\"type\":\"swish\"}") && !json.contains("slope"), json);
    }

    @Test
    void theNetworkInputIsNotWrittenAsALayer() {
        assertThrows(IllegalArgumentException.class,
                () -> LayerEncoder.element(LayerKindSamples.of(LayerKind.INPUT)));
        assertTrue(LayerKindSamples.of(LayerKind.INPUT) instanceof InputSpec);
    }
}
