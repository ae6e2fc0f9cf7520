package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerSpec;
import org.junit.jupiter.api.Test;

class LayerEditorViewModelTest {

    private static List<String> keys(LayerEditorViewModel editor) {
        return editor.fields().stream().map(EditorField::key).toList();
    }

    private static int value(LayerEditorViewModel editor, String key) {
        return editor.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void aConvolutionOffersFiltersKernelStridePaddingDilationAndGroups() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("alexnet");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("conv1");
        assertEquals("conv1", editor.titleProperty().get());
        assertEquals(List.of("filters", "kernel", "stride", "padding", "dilation", "groups"), keys(editor));
        assertEquals(11, value(editor, "kernel"));
        long before = explorer.report().totals().params();
        assertTrue(editor.apply("filters", 96));
        assertEquals(96, value(editor, "filters"), "the editor follows the edit");
        assertTrue(explorer.report().totals().params() > before);
    }

    @Test
    void aStrideThatShrinksTheMapsTooFarMarksTheLayerThatBreaks() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("alexnet");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("conv1");
        assertTrue(editor.apply("stride", 16));
        assertFalse(explorer.report().isValid());
        explorer.select(explorer.report().problems().get(0).layer());
        assertTrue(editor.problemProperty().get().contains("smaller than"), editor.problemProperty().get());
        explorer.undo();
        assertTrue(explorer.report().isValid());
    }

    @Test
    void theUndoStepIsNamedForTheSettingAndTheLayer() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("c1");
        assertTrue(editor.apply("kernel", 3));
        assertEquals("set kernel of c1", explorer.undoLabelProperty().get());
        explorer.undo();
        assertEquals("", explorer.undoLabelProperty().get());
        assertEquals("set kernel of c1", explorer.redoLabelProperty().get());
    }

    @Test
    void aValueTheSpecRejectsIsReportedAndNotApplied() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("c1");
        assertFalse(editor.apply("kernel", 0));
        assertEquals("kernel, stride and dilation must be at least 1", explorer.editErrorProperty().get());
        assertEquals(5, value(editor, "kernel"));
    }

    @Test
    void theClassifierEditsTheNumberOfClasses() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("output");
        assertEquals(List.of("classes"), keys(editor));
        assertTrue(editor.apply("classes", 26));
        assertEquals(26, explorer.settings().classes());
        assertEquals(84 * 26 + 26, explorer.report().layer("output").orElseThrow().params());
    }

    @Test
    void aLayerInsideABlockIsEditedThroughAnOverride() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("resnet50");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("layer1.0.conv2");
        assertTrue(editor.apply("filters", 32));
        LayerSpec override = explorer.state().spec().overrides().get("layer1.0.conv2");
        assertEquals(32, ((Conv2dSpec) override).filters());
        assertTrue(explorer.report().isValid());
        assertEquals(32 * 64 * 9, explorer.report().layer("layer1.0.conv2").orElseThrow().params());
    }

    @Test
    void aTopLevelInceptionModuleEditsItsBranches() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("googlenet");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("inception3a");
        assertEquals(List.of("c1", "c3Reduce", "c3", "c5Reduce", "c5", "poolProj"), keys(editor));
        assertTrue(editor.apply("c1", 32));
        assertEquals("32x28x28", explorer.report().layer("inception3a.branch1.relu").orElseThrow().output().toString());
        assertEquals("224x28x28", explorer.report().layer("inception3a.concat").orElseThrow().output().toString());
    }

    @Test
    void aBlockInsideAStageIsReadOnlyWithAHint() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("resnet50");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("layer2.0");
        assertTrue(editor.fields().isEmpty());
        assertTrue(editor.noteProperty().get().startsWith("Edit the enclosing block"));
        explorer.select("layer2");
        assertEquals(List.of("blocks", "width", "stride"), keys(editor));
        long before = explorer.report().totals().params();
        assertTrue(editor.apply("blocks", 2));
        assertTrue(explorer.report().totals().params() < before);
    }

    @Test
    void anEfficientNetStageEditsItsBlockCountAndItsBlocks() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("efficientnet-b0");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("features.6");
        assertEquals(List.of("blocks", "filters", "kernel", "stride", "expansion"), keys(editor));
        assertEquals(4, value(editor, "blocks"));
        assertTrue(editor.apply("blocks", 5));
        assertTrue(explorer.report().layer("features.6.4.add").isPresent());
        assertTrue(editor.apply("kernel", 3));
        assertEquals(1152 * 3 * 3, explorer.report().layer("features.6.4.block.1.0").orElseThrow().params(),
                "the depthwise conv of the fifth block, now 3x3");
        assertTrue(explorer.report().isValid());
    }

    @Test
    void groupsThatDoNotDivideTheChannelsTurnTheLayerRed() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("alexnet");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        explorer.select("conv2");
        assertTrue(editor.apply("groups", 2));
        assertEquals((192 * 64 / 2 * 25) + 192, explorer.report().layer("conv2").orElseThrow().params());
        assertTrue(editor.apply("groups", 5));
        assertEquals("groups 5 must divide both the input channels (64) and the filters (192)",
                editor.problemProperty().get());
        assertTrue(editor.apply("dilation", 2));
        assertEquals(2, value(editor, "dilation"));
    }

    @Test
    void aDropoutRateIsEditedInWholePercent() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("alexnet");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        String dropout = explorer.state().spec().nodes().stream().filter(n -> n.element() instanceof DropoutSpec)
                .findFirst().orElseThrow().name();
        explorer.select(dropout);
        assertEquals(List.of("rate"), keys(editor));
        assertEquals(50, value(editor, "rate"));
        assertTrue(editor.apply("rate", 20));
        assertEquals(new DropoutSpec(0.2), explorer.report().layer(dropout).orElseThrow().spec());
    }

    @Test
    void aRepeatCountsItsCopies() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        LayerEditorViewModel editor = new LayerEditorViewModel(explorer);
        PaletteViewModel palette = new PaletteViewModel(explorer);
        explorer.select("tanh1");
        assertTrue(palette.insert(LayerKind.REPEAT, NetworkEdits.Where.AFTER));
        assertEquals(List.of("times"), keys(editor));
        int layers = explorer.report().layers().size();
        assertTrue(editor.apply("times", 3));
        assertEquals(layers + 3, explorer.report().layers().size(), "one more conv, batch norm and ReLU");
        assertTrue(explorer.report().isValid());
    }

    @Test
    void nothingSelectedExplainsHowToSelect() throws Exception {
        LayerEditorViewModel editor = new LayerEditorViewModel(ExplorerViewModelTest.open("vgg16"));
        assertEquals("No selection", editor.titleProperty().get());
        assertFalse(editor.hasSelectionProperty().get());
        assertFalse(editor.apply("kernel", 3));
    }
}
