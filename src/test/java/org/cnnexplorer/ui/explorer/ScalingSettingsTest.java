package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.Message;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

/** The settings bar's multipliers through the explorer's view model: live, undoable, settings not edits. */
class ScalingSettingsTest {

    @Test
    void widthReanalysesAtOnceAndUndoes() throws Exception {
        ExplorerViewModel vm = ExplorerViewModelTest.open("mobilenet-v1");
        assertTrue(vm.setScaling(new ScalingMultipliers(0.5, 1, 1)));
        assertEquals(1_331_592, vm.report().totals().params()); // Howard et al. 2017, Table 6: 1.3 M
        assertFalse(vm.modifiedProperty().get(), "a multiplier is a setting, not an edit of the network");
        vm.undo();
        assertEquals(4_231_976, vm.report().totals().params());
    }

    @Test
    void resolutionScalesTheOpenedInputAndTypingASizeSetsItBackToOne() throws Exception {
        ExplorerViewModel vm = ExplorerViewModelTest.open("efficientnet-b0");
        assertTrue(vm.setScaling(new ScalingMultipliers(1, 1.1, 240.0 / 224)));
        assertEquals(Shape.of(3, 240, 240), vm.settings().input());
        assertEquals(Shape.of(3, 240, 240), vm.report().layers().get(0).output());
        assertTrue(vm.setInput(Shape.of(3, 200, 200)));
        assertEquals(new ScalingMultipliers(1, 1.1, 1), vm.settings().scaling());
    }

    @Test
    void openingAnotherNetworkKeepsTheMultipliers() throws Exception {
        ExplorerViewModel vm = ExplorerViewModelTest.open("mobilenet-v1");
        vm.setScaling(new ScalingMultipliers(0.75, 1, 0.5));
        vm.open(ModelCatalog.load("resnet18"), "resnet18");
        assertEquals(new ScalingMultipliers(0.75, 1, 0.5), vm.settings().scaling());
        assertEquals(Shape.of(3, 112, 112), vm.settings().input());
    }

    @Test
    void aDepthThatChangesNothingIsNamedWithItsReasonAndComesBackWhenItDoes() throws Exception {
        ExplorerViewModel vm = ExplorerViewModelTest.open("alexnet");
        assertTrue(vm.setScaling(new ScalingMultipliers(1, 1.5, 1)));
        assertEquals(List.of("depth x1.5: no effect"), vm.scalingEffect().notes().stream().map(Message::text).toList());
        assertTrue(vm.scalingEffect().idle().get(0).text().startsWith("depth x1.5 changes nothing: AlexNet has no "
                + "stage"), vm.scalingEffect().idle().toString());
        vm.open(ModelCatalog.load("mobilenet-v2"), "mobilenet-v2");
        assertEquals(List.of(), vm.scalingEffect().idle(), "MobileNet v2's stages take the depth");
        assertEquals(new ScalingMultipliers(1, 1.5, 1), vm.scalingEffect().effective());
    }
}
