package org.cnnexplorer.ui.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.RepeatSpec;
import org.cnnexplorer.core.ResidualBlockSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.cnnexplorer.core.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The graph's block index does not expand what the analysis refuses, so the window never freezes on it. */
class BlockIndexLimitTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS) // a hang guard: 10^9 copies used to be expanded here
    void blocksPastTheExpansionLimitOrTooWideAreIndexedButNotExpanded() {
        NodeSpec relu = NodeSpec.of("relu", new ActivationSpec(Activation.RELU));
        NetworkSpec spec = new NetworkSpec("huge", "Huge", "", "", Shape.of(3, 8, 8), 10, List.of(
                NodeSpec.of("res", new RepeatSpec(1_000_000_000, List.of(relu))),
                NodeSpec.of("stage", new ResidualStageSpec(ResidualBlockSpec.Kind.BOTTLENECK, 1_000_000_000, 16, 1,
                        true)),
                NodeSpec.of("wide", new ResidualStageSpec(ResidualBlockSpec.Kind.BOTTLENECK, 2, Integer.MAX_VALUE, 1,
                        true))));
        BlockIndex index = BlockIndex.of(spec);
        assertEquals(Set.of("res", "stage", "wide", "wide.0", "wide.1"), index.names());
        assertFalse(index.isContainer("stage"));
    }
}
