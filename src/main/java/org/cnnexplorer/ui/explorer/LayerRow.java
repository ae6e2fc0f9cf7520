package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.stream.Collectors;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.Shape;

/**
 * One row of the resource table, as {@code cnnx summary} prints it, with numbers kept as numbers
 * so that columns sort numerically. Numbers are -1 where the layer has no valid output; {@code macs} is the
 * compute figure the conventions show (MACs or FLOPs).
 */
public record LayerRow(int index, String name, int depth, String type, String input, String output,
                       String settings, long params, long macs, long activations, int rfSize, String rfText,
                       String jumpText, String problem, boolean blocked) {

    /** The row under the default conventions (MACs). */
    public static LayerRow of(int index, LayerReport layer) {
        return of(index, layer, Conventions.DEFAULT);
    }

    public static LayerRow of(int index, LayerReport layer, Conventions conventions) {
        boolean valid = layer.isValid();
        String input = layer.inputShapes().stream().map(Shape::toString).collect(Collectors.joining(" + "));
        String output = valid ? layer.output().toString() : layer.isBlocked() ? "-" : text("view.invalid");
        return new LayerRow(index, layer.name(), layer.blockPath().size(), layer.type(), input, output,
                layer.settings(), valid ? layer.params() : -1, valid ? conventions.compute(layer) : -1,
                valid ? layer.activationElements() : -1, valid ? layer.receptiveField().sizeHeight() : -1,
                valid ? layer.receptiveField().sizeText() : "-", valid ? layer.receptiveField().jumpText() : "-",
                layer.problem(), layer.isBlocked());
    }

    /** The receptive field's jump along the height, -1 without a valid output (for sorting and display). */
    public int jump() {
        return jumpText.equals("-") ? -1 : Integer.parseInt(jumpText.split("x")[0]);
    }

    public boolean hasProblem() {
        return problem != null;
    }
}
