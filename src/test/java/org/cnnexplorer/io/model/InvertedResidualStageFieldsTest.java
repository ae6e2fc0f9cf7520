package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.FlatNumbering;
import org.cnnexplorer.core.InvertedResidualSpec;
import org.cnnexplorer.core.InvertedResidualStageSpec;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.SqueezeExcitationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvertedResidualStageFieldsTest {

    private static final String HEAD = "{\"format\": 1, \"id\": \"n\", \"input\": \"16x8x8\", \"classes\": 2, "
            + "\"layers\": [\n";

    private static NetworkSpec parse(String layer) throws ModelFileException {
        return ModelFiles.parse(HEAD + "  " + layer + "\n]}", "net.json");
    }

    @Test
    void readsTheBlockFieldsWithSeAsARatioOfEachBlocksInput() throws Exception {
        NetworkSpec spec = parse("{\"name\": \"features.2\", \"type\": \"inverted-residual-stage\", \"blocks\": 2, "
                + "\"expansion\": 6, \"kernel\": 5, \"stride\": 2, \"filters\": 24, \"activation\": \"swish\", "
                + "\"se\": 4, \"seActivation\": \"swish\"}");
        assertEquals(new InvertedResidualStageSpec(2, new InvertedResidualSpec(24, 5, 2, 6, 0, Activation.SWISH,
                new SqueezeExcitationSpec(0, 4, Activation.SWISH, Activation.SIGMOID), 1e-5,
                InvertedResidualSpec.Layout.MBCONV)), spec.nodes().get(0).element());
    }

    @Test
    void writesBlocksFirstAndLeavesDefaultsOut() throws Exception {
        NetworkSpec spec = parse("{\"name\": \"s\", \"type\": \"inverted-residual-stage\", \"blocks\": 3, "
                + "\"expansion\": 6, \"filters\": 24, \"layout\": \"mobilenet-v2\"}");
        String json = ModelFiles.toJson(spec);
        assertTrue(json.contains("{\"name\":\"s\",\"type\":\"inverted-residual-stage\",\"blocks\":3,\"filters\":24,"
                + "\"expansion\":6,\"layout\":\"mobilenet-v2\"}"), json);
        assertEquals(spec.nodes(), ModelFiles.parse(json, "back.json").nodes());
    }

    @Test
    void readsAndWritesTheFirstBlockOfAFlatNumbering() throws Exception {
        NetworkSpec spec = parse("{\"name\": \"stage2\", \"type\": \"inverted-residual-stage\", \"blocks\": 2, "
                + "\"firstBlock\": \"features.2\", \"expansion\": 6, \"filters\": 24, \"layout\": \"mobilenet-v2\"}");
        InvertedResidualStageSpec stage = (InvertedResidualStageSpec) spec.nodes().get(0).element();
        assertEquals(new FlatNumbering("features.", 2), stage.numbering());
        String json = ModelFiles.toJson(spec);
        assertTrue(json.contains("\"blocks\":2,\"firstBlock\":\"features.2\","), json);
        assertEquals(spec.nodes(), ModelFiles.parse(json, "back.json").nodes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"a\", \"type\": \"inverted-residual-stage\", \"filters\": 8, \"expansion\": 6}"
            + "| net.json:2:3: $.layers[0] \"a\": missing field 'blocks' (a positive integer)",
        "{\"name\": \"a\", \"type\": \"inverted-residual-stage\", \"blocks\": 0, \"filters\": 8, \"expansion\": 6}"
            + "| net.json:2:3: $.layers[0] \"a\": 'blocks' must be an integer of at least 1, got 0",
        "{\"name\": \"a\", \"type\": \"inverted-residual-stage\", \"blocks\": 2, \"filters\": 8, \"expansion\": 6, "
            + "\"groups\": 2}| net.json:2:3: $.layers[0] \"a\": unknown field 'groups' for type inverted-residual-stage",
        "{\"name\": \"a\", \"type\": \"inverted-residual-stage\", \"blocks\": 2, \"filters\": 8, \"expansion\": 6, "
            + "\"firstBlock\": \"features\"}| net.json:2:3: $.layers[0] \"a\": 'firstBlock' must be a block name ending "
            + "in its number, as features.2, got \"features\""
    })
    void badFieldsAreNamedWithTheirPlace(String layer, String message) {
        String actual = assertThrows(ModelFileException.class, () -> parse(layer)).getMessage();
        assertTrue(actual.startsWith(message), actual);
    }
}
