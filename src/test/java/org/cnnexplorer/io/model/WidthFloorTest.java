package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.core.Shape;
import org.junit.jupiter.api.Test;

/** {@code "widthFloor"}: a layer the width multiplier scales by {@code max(widthFloor, width)} (decision 0012). */
class WidthFloorTest {

    private static NetworkSpec parse(String floor) throws ModelFileException {
        return ModelFiles.parse("{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [\n"
                + "  {\"name\": \"a\", \"type\": \"conv2d\", \"filters\": 32, \"kernel\": 1},\n"
                + "  {\"name\": \"b\", \"type\": \"conv2d\", \"filters\": 64, \"kernel\": 1" + floor + "},\n"
                + "  {\"name\": \"fc\", \"type\": \"dense\", \"units\": \"classes\"}\n]}", "net.json");
    }

    private static NetworkReport analyze(NetworkSpec spec, double width) {
        return NetworkAnalyzer.analyze(spec, AnalysisSettings.defaultsFor(spec)
                .withScaling(new ScalingMultipliers(width, 1, 1)));
    }

    @Test
    void aFloorOfOneKeepsTheLayerBelowWidthOneAndScalesItAbove() throws Exception {
        NetworkSpec spec = parse(", \"widthFloor\": 1");
        assertEquals(Shape.of(16, 8, 8), analyze(spec, 0.5).layer("a").orElseThrow().output());
        assertEquals(Shape.of(64, 8, 8), analyze(spec, 0.5).layer("b").orElseThrow().output());
        assertEquals(Shape.of(96, 8, 8), analyze(spec, 1.5).layer("b").orElseThrow().output());
        assertEquals(Shape.of(32, 8, 8), analyze(parse(""), 0.5).layer("b").orElseThrow().output());
    }

    @Test
    void theFloorIsWrittenBackAndReadAgain() throws Exception {
        NetworkSpec spec = parse(", \"widthFloor\": 1");
        String json = ModelFiles.toJson(spec);
        assertTrue(json.contains("\"widthFloor\":1.0"), json);
        assertEquals(spec.nodes(), ModelFiles.parse(json, "back.json").nodes());
    }

    @Test
    void aFloorOutsideTheMultipliersRangeIsNamedWithItsPlace() {
        String message = assertThrows(ModelFileException.class, () -> parse(", \"widthFloor\": 9")).getMessage();
        assertEquals("net.json:3:3: $.layers[1] \"b\": 'widthFloor' must be a width from 0.01 to 8, got 9.0", message);
    }
}
