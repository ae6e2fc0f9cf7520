package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

class ExplorerViewModelTest {

    static ExplorerViewModel open(String id) throws Exception {
        return new ExplorerViewModel(ModelCatalog.load(id), id);
    }

    @Test
    void editingALayerReanalysesAtOnce() throws Exception {
        ExplorerViewModel vm = open("lenet5");
        long before = vm.report().totals().params();
        assertTrue(vm.editSpec(s -> s.withLayer("c1", Conv2dSpec.of(12, 5, 1, 2, true))));
        assertEquals(before + 6 * 26 + 6 * 25 * 16, vm.report().totals().params(), "6 more filters in c1 and wider c3");
        assertTrue(vm.modifiedProperty().get());
    }

    @Test
    void anEditTheSpecsRejectLeavesEverythingAndSaysWhy() throws Exception {
        ExplorerViewModel vm = open("lenet5");
        var before = vm.state();
        assertFalse(vm.editSpec(s -> s.withLayer("c1", Conv2dSpec.of(6, 0, 1, 0, true))));
        assertEquals(before, vm.state());
        assertEquals("kernel, stride and dilation must be at least 1", vm.editErrorProperty().get());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void anImpossibleNetworkShowsTheCoresMessageAndStaysUsable() throws Exception {
        ExplorerViewModel vm = open("alexnet");
        assertTrue(vm.setInput(Shape.of(3, 32, 32)));
        assertFalse(vm.report().isValid());
        assertEquals("pool5: input 256x1x1 is smaller than the 3x3 window (stride 2) -> output 0x0",
                vm.report().problems().get(0).toString());
        assertTrue(vm.setInput(Shape.of(3, 224, 224)));
        assertTrue(vm.report().isValid());
    }

    @Test
    void undoAndRedoWalkThroughEdits() throws Exception {
        ExplorerViewModel vm = open("resnet50");
        long original = vm.report().totals().params();
        vm.setClasses(10);
        long tenClasses = vm.report().totals().params();
        vm.setBatch(32);
        vm.setDtype(DType.FLOAT16);
        vm.undo();
        vm.undo();
        assertEquals(1, vm.settings().batch());
        assertEquals(tenClasses, vm.report().totals().params());
        vm.undo();
        assertEquals(original, vm.report().totals().params());
        assertFalse(vm.canUndoProperty().get());
        vm.redo();
        assertEquals(10, vm.settings().classes());
        assertTrue(vm.canRedoProperty().get());
        vm.setOptimizer(Optimizer.ADAM);
        assertFalse(vm.canRedoProperty().get(), "a new edit drops the redo stack");
    }

    @Test
    void openingAnotherNetworkIsUndoableAndKeepsBatchAndDtype() throws Exception {
        ExplorerViewModel vm = open("lenet5");
        vm.setBatch(64);
        vm.open(ModelCatalog.load("vgg16"), "vgg16");
        assertEquals("vgg16", vm.state().spec().id());
        assertEquals(64, vm.settings().batch());
        assertEquals(Shape.of(3, 224, 224), vm.settings().input());
        assertFalse(vm.modifiedProperty().get());
        vm.undo();
        assertEquals("lenet5", vm.state().spec().id());
    }

    @Test
    void revertGoesBackToTheNetworkAsOpened() throws Exception {
        ExplorerViewModel vm = open("alexnet");
        long params = vm.report().totals().params();
        vm.setClasses(10);
        vm.editSpec(s -> s.withLayer("conv1", Conv2dSpec.of(32, 11, 4, 2, true)));
        vm.revert();
        assertEquals(params, vm.report().totals().params());
        assertFalse(vm.modifiedProperty().get());
        vm.undo();
        assertNotEquals(params, vm.report().totals().params(), "revert itself is undoable");
    }

    @Test
    void inputAndClassesEditTheNetworkToo() throws Exception {
        ExplorerViewModel vm = open("alexnet");
        vm.setInput(Shape.of(3, 227, 227));
        vm.setClasses(10);
        assertEquals(Shape.of(3, 227, 227), vm.state().spec().input(), "so a saved model file keeps the edit");
        assertEquals(10, vm.state().spec().classes());
    }

    @Test
    void editsCarryingTheSameTokenAreOneUndoStep() throws Exception {
        ExplorerViewModel vm = new ExplorerViewModel(org.cnnexplorer.io.model.ModelCatalog.load("lenet5"), "lenet5");
        Object typing = new Object();
        vm.mergeEditsOf(typing);
        vm.setBatch(1);
        vm.mergeEditsOf(typing);
        vm.setBatch(12);
        vm.mergeEditsOf(typing);
        vm.setBatch(128);
        assertEquals(128, vm.settings().batch());
        vm.undo();
        assertEquals(1, vm.settings().batch(), "back to before the typing");
        vm.redo();
        vm.setBatch(7);
        vm.undo();
        assertEquals(128, vm.settings().batch(), "an edit without the token is a step of its own");
    }
}
