package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.AddSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.ConcatSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.ResidualBlockSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.ui.explorer.NetworkEdits.Edit;
import org.cnnexplorer.ui.explorer.NetworkEdits.Where;
import org.junit.jupiter.api.Test;

/** The palette's structural edits on tiny hand-made networks: who reads whom afterwards. */
class NetworkEditsTest {

    private static final ActivationSpec RELU = new ActivationSpec(Activation.RELU);

    /** conv -> relu -> pool, a chain where every node reads the one before. */
    private static NetworkSpec chain() {
        return network(NodeSpec.of("conv", Conv2dSpec.of(8, 3, 1, 1, true)), NodeSpec.of("relu", RELU),
                NodeSpec.of("pool", PoolSpec.max(2, 2, 0, false)));
    }

    /** stem -> a -> b, then add(stem, b): a residual connection with an explicit and an implicit reader of stem. */
    private static NetworkSpec residual() {
        return network(NodeSpec.of("stem", Conv2dSpec.of(8, 3, 1, 1, true)),
                NodeSpec.of("a", Conv2dSpec.of(8, 3, 1, 1, true)), NodeSpec.of("b", RELU),
                NodeSpec.of("add", new AddSpec(), "stem", "b"), NodeSpec.of("out", RELU));
    }

    private static NetworkSpec network(NodeSpec... nodes) {
        return new NetworkSpec("t", "t", "", "", Shape.of(3, 16, 16), 10, List.of(nodes));
    }

    private static List<String> names(NetworkSpec spec) {
        return spec.nodes().stream().map(NodeSpec::name).toList();
    }

    private static List<String> inputsOf(NetworkSpec spec, String name) {
        return spec.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().inputs();
    }

    /** What each layer really reads, resolved by the analysis (implicit inputs included). */
    private static List<String> reads(NetworkSpec spec, String name) {
        return NetworkAnalyzer.analyze(spec).layer(name).orElseThrow().inputs();
    }

    @Test
    void insertingAfterALayerMakesTheNextLayerReadTheNewOne() {
        Edit edit = NetworkEdits.insert(chain(), "conv", Where.AFTER, "batchnorm", BatchNormSpec.standard());
        assertEquals(List.of("conv", "batchnorm", "relu", "pool"), names(edit.spec()));
        assertEquals("batchnorm", edit.name());
        assertEquals(List.of("conv"), reads(edit.spec(), "batchnorm"));
        assertEquals(List.of("batchnorm"), reads(edit.spec(), "relu"));
    }

    @Test
    void insertingAfterABranchingLayerRewiresEveryReader() {
        Edit edit = NetworkEdits.insert(residual(), "stem", Where.AFTER, "bn", BatchNormSpec.standard());
        assertEquals(List.of("bn"), reads(edit.spec(), "a"));
        assertEquals(List.of("bn", "b"), inputsOf(edit.spec(), "add"));
        assertTrue(NetworkAnalyzer.analyze(edit.spec()).isValid());
    }

    @Test
    void insertingAfterTheNetworkInputPutsTheLayerFirst() {
        Edit edit = NetworkEdits.insert(chain(), NetworkAnalyzer.INPUT, Where.AFTER, "bn", BatchNormSpec.standard());
        assertEquals("bn", names(edit.spec()).get(0));
        assertEquals(List.of(NetworkAnalyzer.INPUT), reads(edit.spec(), "bn"));
        assertEquals(List.of("bn"), reads(edit.spec(), "conv"));
    }

    @Test
    void insertingBeforeALayerGivesTheNewLayerItsInput() {
        Edit edit = NetworkEdits.insert(residual(), "out", Where.BEFORE, "bn", BatchNormSpec.standard());
        assertEquals(List.of("add"), reads(edit.spec(), "bn"));
        assertEquals(List.of("bn"), reads(edit.spec(), "out"));
        NetworkSpec explicit = network(NodeSpec.of("x", RELU), NodeSpec.of("y", RELU), NodeSpec.of("z", RELU, "x"));
        Edit before = NetworkEdits.insert(explicit, "z", Where.BEFORE, "bn", BatchNormSpec.standard());
        assertEquals(List.of("x"), reads(before.spec(), "bn"), "the explicit input moves to the new layer");
        assertEquals(List.of("bn"), reads(before.spec(), "z"));
    }

    @Test
    void insertingBeforeAMergeIsRefusedNamingItsInputs() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> NetworkEdits.insert(residual(), "add", Where.BEFORE, "bn", BatchNormSpec.standard()));
        assertEquals("cannot insert before 'add': it reads 2 inputs (stem, b), so the new layer would not know"
                + " which to take; insert after one of them", e.getMessage());
    }

    @Test
    void aMergeCannotBeInsertedBecauseItsInputsAreUnknown() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> NetworkEdits.insert(chain(), "conv", Where.AFTER, "concat", new ConcatSpec()));
        assertTrue(e.getMessage().startsWith("a new concat layer cannot be placed: concat merges several inputs"),
                e.getMessage());
    }

    @Test
    void newNamesAreUnique() {
        NetworkSpec spec = chain();
        assertEquals("relu_2", NetworkEdits.uniqueName(spec, "relu"));
        assertEquals("input_2", NetworkEdits.uniqueName(spec, "input"));
        assertEquals("bn", NetworkEdits.uniqueName(spec, "bn"));
    }

    @Test
    void deletingALayerMakesItsReadersReadItsInput() {
        Edit edit = NetworkEdits.delete(residual(), "stem");
        assertEquals(List.of(NetworkAnalyzer.INPUT), reads(edit.spec(), "a"));
        assertEquals(List.of(NetworkAnalyzer.INPUT, "b"), inputsOf(edit.spec(), "add"));
        assertEquals("a", edit.name(), "the layer after it is selected");
        Edit middle = NetworkEdits.delete(chain(), "relu");
        assertEquals(List.of("conv"), reads(middle.spec(), "pool"));
    }

    @Test
    void deletingALayerWithAnExplicitInputHandsThatInputToTheNextLayer() {
        NetworkSpec spec = network(NodeSpec.of("x", RELU), NodeSpec.of("y", RELU), NodeSpec.of("z", RELU, "x"),
                NodeSpec.of("w", RELU));
        Edit edit = NetworkEdits.delete(spec, "z");
        assertEquals(List.of("x"), reads(edit.spec(), "w"));
    }

    @Test
    void deletingAMergeThatIsReadIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> NetworkEdits.delete(residual(), "add"));
        assertEquals("cannot delete 'add': it merges 2 inputs (stem, b), so out would not know which to read",
                e.getMessage());
    }

    @Test
    void theOnlyLayerAndTheInputCannotBeDeleted() {
        NetworkSpec one = network(NodeSpec.of("x", RELU));
        assertEquals("cannot delete 'x': it is the network's only layer",
                assertThrows(IllegalArgumentException.class, () -> NetworkEdits.delete(one, "x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> NetworkEdits.delete(one, NetworkAnalyzer.INPUT));
    }

    @Test
    void aLayerInsideABlockIsRefusedNamingTheBlock() {
        NetworkSpec spec = network(NodeSpec.of("stage", new ResidualStageSpec(ResidualBlockSpec.Kind.BASIC, 2, 3, 1,
                true)));
        var e = assertThrows(IllegalArgumentException.class, () -> NetworkEdits.delete(spec, "stage.0.conv1"));
        assertTrue(e.getMessage().startsWith("'stage.0.conv1' is inside the block 'stage'"), e.getMessage());
    }

    @Test
    void duplicatingABlockCopiesItsOverridesUnderTheNewName() {
        NetworkSpec spec = new NetworkSpec("t", "t", "", "", Shape.of(8, 16, 16), 10, List.of(NodeSpec.of("stage",
                new ResidualStageSpec(ResidualBlockSpec.Kind.BASIC, 1, 8, 1, true))),
                Map.of("stage.0.conv1", Conv2dSpec.of(8, 5, 1, 2, false)));
        Edit edit = NetworkEdits.duplicate(spec, "stage");
        assertEquals(List.of("stage", "stage_2"), names(edit.spec()));
        assertEquals(Conv2dSpec.of(8, 5, 1, 2, false), edit.spec().overrides().get("stage_2.0.conv1"));
        assertEquals(List.of("stage.0.relu"), reads(edit.spec(), "stage_2.0.conv1"));
    }

    @Test
    void replacingKeepsNameAndWiringAndMergesStayMerges() {
        Edit edit = NetworkEdits.replace(residual(), "add", new ConcatSpec());
        assertEquals(List.of("stem", "b"), inputsOf(edit.spec(), "add"));
        var e = assertThrows(IllegalArgumentException.class, () -> NetworkEdits.replace(residual(), "add", RELU));
        assertEquals("cannot make 'add' a relu: it reads 2 inputs (stem, b) and a relu takes one", e.getMessage());
    }

    @Test
    void deletingAfterInsertingGivesTheNetworkBack() {
        NetworkSpec spec = residual();
        for (String anchor : List.of("stem", "a", "b", "add", "out")) {
            for (Where where : Where.values()) {
                if (anchor.equals("add") && where == Where.BEFORE) {
                    continue;
                }
                Edit inserted = NetworkEdits.insert(spec, anchor, where, "bn", BatchNormSpec.standard());
                assertEquals(NetworkAnalyzer.analyze(spec).totals(),
                        NetworkAnalyzer.analyze(NetworkEdits.delete(inserted.spec(), "bn").spec()).totals(),
                        anchor + " " + where);
            }
        }
    }
}
