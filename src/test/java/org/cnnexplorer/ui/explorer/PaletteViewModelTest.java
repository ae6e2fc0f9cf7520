package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.ui.explorer.NetworkEdits.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaletteViewModelTest {

    private static ElementSpec declared(ExplorerViewModel explorer, String name) {
        return explorer.state().spec().nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow()
                .element();
    }

    @Test
    void anInsertedConvolutionFitsTheChannelsItReadsAndIsOneUndoStep() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        PaletteViewModel palette = new PaletteViewModel(explorer);
        long params = explorer.report().totals().params();
        explorer.select("tanh1");
        assertTrue(palette.insert(LayerKind.CONV2D, Where.AFTER));
        assertEquals("conv2d", explorer.selectionProperty().get(), "the new layer is selected");
        LayerReport conv = explorer.report().layer("conv2d").orElseThrow();
        assertEquals("6x28x28", conv.output().toString(), "as many filters as channels, padding 1: same shape");
        assertEquals(params + 6 * 6 * 9 + 6, explorer.report().totals().params());
        assertTrue(explorer.report().isValid());
        assertEquals("insert conv2d", explorer.undoLabelProperty().get());
        explorer.undo();
        assertEquals(params, explorer.report().totals().params());
        assertEquals("insert conv2d", explorer.redoLabelProperty().get());
    }

    @Test
    void everyInsertableKindCanBeInsertedIntoLeNetAndResNet() throws Exception {
        for (String id : List.of("lenet5", "resnet50")) {
            ExplorerViewModel explorer = ExplorerViewModelTest.open(id);
            PaletteViewModel palette = new PaletteViewModel(explorer);
            String anchor = explorer.state().spec().nodes().get(0).name();
            for (LayerKind kind : PaletteViewModel.insertableKinds()) {
                explorer.select(anchor);
                assertTrue(palette.insert(kind, Where.AFTER), id + " " + kind + ": " + explorer.editErrorProperty()
                        .get());
                assertEquals(kind, declared(explorer, explorer.selectionProperty().get()).layerKind());
                explorer.undo();
            }
        }
    }

    @Test
    void mergesAndTheInputAreNotInsertable() {
        List<LayerKind> kinds = PaletteViewModel.insertableKinds();
        assertFalse(kinds.contains(LayerKind.ADD));
        assertFalse(kinds.contains(LayerKind.CONCAT));
        assertFalse(kinds.contains(LayerKind.INPUT));
        assertTrue(kinds.contains(LayerKind.REPEAT));
    }

    @Test
    void deleteAndDuplicateAreUndoableAndNamed() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        PaletteViewModel palette = new PaletteViewModel(explorer);
        int layers = explorer.report().layers().size();
        explorer.select("tanh2");
        assertTrue(palette.delete());
        assertEquals("delete tanh2", explorer.undoLabelProperty().get());
        assertEquals(layers - 1, explorer.report().layers().size());
        assertEquals("s4", explorer.selectionProperty().get());
        assertTrue(palette.duplicate());
        assertEquals("s4_2", explorer.selectionProperty().get());
        assertEquals("duplicate s4", explorer.undoLabelProperty().get());
        explorer.undo();
        explorer.undo();
        assertEquals(layers, explorer.report().layers().size());
        assertFalse(explorer.state().isModified());
    }

    @Test
    void aRefusedEditSaysWhyAndChangesNothing() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        PaletteViewModel palette = new PaletteViewModel(explorer);
        assertFalse(palette.delete());
        assertTrue(explorer.editErrorProperty().get().startsWith("Select a layer or block first"));
        explorer.select(NetworkAnalyzer.INPUT);
        assertFalse(palette.duplicate());
        assertEquals("the network input is not a layer: set its size in the settings bar",
                explorer.editErrorProperty().get());
        assertFalse(explorer.canUndoProperty().get());
    }

    @Test
    void changingTheKindKeepsTheWindowAndAnActivationChangesItsFunction() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        PaletteViewModel palette = new PaletteViewModel(explorer);
        explorer.select("c3");
        assertEquals(LayerKind.CONV2D, palette.selectedKindProperty().get());
        assertTrue(palette.changeKind(LayerKind.MAXPOOL));
        PoolSpec pool = (PoolSpec) declared(explorer, "c3");
        assertEquals(Size2d.square(5), pool.kernel());
        assertEquals("change c3 to maxpool", explorer.undoLabelProperty().get());
        explorer.select("tanh1");
        assertTrue(palette.changeKind(LayerKind.RELU));
        assertEquals(new ActivationSpec(Activation.RELU), declared(explorer, "tanh1"));
        assertEquals(LayerKind.RELU, palette.selectedKindProperty().get());
    }

    @Test
    void aLayerInsideABlockChangesKindThroughAnOverride() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("resnet50");
        PaletteViewModel palette = new PaletteViewModel(explorer);
        explorer.select("layer1.0.relu");
        assertEquals(LayerKind.RELU, palette.selectedKindProperty().get());
        assertTrue(palette.changeKind(LayerKind.RELU6));
        assertEquals(new ActivationSpec(Activation.RELU6), explorer.state().spec().overrides().get("layer1.0.relu"));
        assertFalse(palette.changeKind(LayerKind.INCEPTION));
        assertTrue(explorer.editErrorProperty().get().contains("inside a block"), explorer.editErrorProperty().get());
    }

    @Test
    void aPaletteEditedNetworkSavesAndReloadsToTheSameAnalysis(@TempDir Path dir) throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("resnet50");
        PaletteViewModel palette = new PaletteViewModel(explorer);
        explorer.select("layer1");
        assertTrue(palette.insert(LayerKind.INCEPTION, Where.AFTER));
        explorer.select("layer2");
        assertTrue(palette.duplicate());
        explorer.select("layer3.0.relu");
        assertTrue(palette.changeKind(LayerKind.SIGMOID));
        explorer.select("maxpool");
        assertTrue(palette.delete());
        Path file = dir.resolve("edited.json");
        ModelFiles.write(explorer.state().spec(), file);
        NetworkReport reloaded = NetworkAnalyzer.analyze(ModelFiles.read(file), explorer.settings());
        NetworkReport edited = explorer.report();
        assertEquals(edited.totals(), reloaded.totals());
        assertEquals(edited.layers().stream().map(l -> l.name() + " " + l.output()).toList(),
                reloaded.layers().stream().map(l -> l.name() + " " + l.output()).toList());
    }
}
