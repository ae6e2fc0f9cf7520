package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

class FormulaViewModelTest {

    @Test
    void followsTheSelectionTheChosenFigureAndTheConventions() throws Exception {
        ExplorerViewModel explorer = new ExplorerViewModel(ModelCatalog.load("lenet5"), "lenet5");
        FormulaViewModel formulas = new FormulaViewModel(explorer);
        assertTrue(formulas.headingProperty().get().startsWith("Totals"));
        assertEquals("params = sum over the layers = 156 + 2,416 + 48,120 + 10,164 + 850 = 61,706",
                formulas.chosenProperty().get());
        explorer.select("c1");
        formulas.choose("OUT_HEIGHT");
        assertEquals("H_out = floor((H_in + 2*p - d*(k-1) - 1)/s) + 1 = floor((28 + 2*2 - 1*(5-1) - 1)/1) + 1 = 28",
                formulas.chosenProperty().get());
        formulas.choose("FLOPS");
        explorer.setConventions(Conventions.DEFAULT.withCountBias(true));
        assertEquals("FLOPs = 2*MACs + C_out*H_out*W_out = 2*117600 + 6*28*28 = 239,904  (a multiply and an add per"
                + " MAC, and one bias addition per output value)", formulas.chosenProperty().get());
        assertTrue(formulas.conventionsProperty().get().contains("+ bias additions"));
    }

    @Test
    void aSelectedBlockExplainsItsSums() throws Exception {
        ExplorerViewModel explorer = new ExplorerViewModel(ModelCatalog.load("resnet50"), "resnet50");
        FormulaViewModel formulas = new FormulaViewModel(explorer);
        explorer.select("layer1.0");
        assertEquals("Block layer1.0: sums of its layers", formulas.headingProperty().get());
        assertTrue(formulas.chosenProperty().get().startsWith("params = sum over the block's layers = 4,096 + 128"),
                formulas.chosenProperty().get());
    }
}
