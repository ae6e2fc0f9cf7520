package org.cnnexplorer.ui.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cnnexplorer.core.BlockSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerKindSamples;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.ReceptiveField;
import org.cnnexplorer.core.UnexpandedBlockSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind draws as a box with its own type and colour; only blocks draw as blocks. */
class BoxTextKindsTest {

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void everyKindShowsItsTypeAndOnlyBlocksDrawAsBlocks(LayerKind kind) {
        LayerReport layer = report(kind);
        GraphNode box = BoxText.layer(layer);
        assertEquals(kind.id(), box.detail().split(" ")[0], box.detail());
        assertEquals(kind.isBlock(), box.kind() == GraphNode.Kind.BLOCK, kind + " drew as " + box.kind());
    }

    @ParameterizedTest
    @CsvSource({"input, INPUT", "conv2d, CONV", "maxpool, POOL", "avgpool, POOL", "global-avgpool, POOL",
        "adaptive-avgpool, POOL", "dense, DENSE", "batchnorm, NORM", "lrn, NORM", "dropout, NORM",
        "relu, ACTIVATION", "tanh, ACTIVATION", "sigmoid, ACTIVATION", "softmax, ACTIVATION", "concat, MERGE",
        "add, MERGE", "flatten, RESHAPE", "inception, BLOCK", "residual-stage, BLOCK", "bottleneck, BLOCK",
        "basic-block, BLOCK", "repeat, BLOCK"})
    void theColoursOfTheFirstKindsStayAsTheyWere(String id, GraphNode.Kind colour) {
        LayerKind kind = java.util.Arrays.stream(LayerKind.values()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow();
        assertEquals(colour, BoxText.kind(kind));
    }

    /** The example layer analysed in its network; a block as the report shows one it could not expand. */
    private static LayerReport report(LayerKind kind) {
        if (LayerKindSamples.of(kind) instanceof BlockSpec block) {
            return new LayerReport("b", new UnexpandedBlockSpec(block), List.of(), List.of("input"),
                    List.of(LayerKindSamples.INPUT), null, 0, true, 0, 0, 0, ReceptiveField.PIXEL, null);
        }
        String name = kind == LayerKind.INPUT ? NetworkAnalyzer.INPUT : LayerKindSamples.SAMPLE;
        return NetworkAnalyzer.analyze(LayerKindSamples.network(kind)).layer(name).orElseThrow();
    }
}
