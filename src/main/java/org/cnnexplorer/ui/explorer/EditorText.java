package org.cnnexplorer.ui.explorer;

import java.util.stream.Collectors;
import org.cnnexplorer.core.BlockSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Numbers;

/** The one-paragraph descriptions the layer editor shows. */
final class EditorText {

    private EditorText() {
    }

    static String layer(LayerReport layer) {
        String in = layer.inputShapes().stream().map(Shape::toString).collect(Collectors.joining(" + "));
        String out = layer.isValid() ? layer.output().toString()
                : layer.isBlocked() ? "-" : Messages.text("editor.invalid");
        StringBuilder text = new StringBuilder((layer.type() + " " + layer.settings()).trim());
        text.append("\n").append(in.isEmpty() ? "" : in + " -> ").append(out);
        if (layer.isValid()) {
            text.append("\n").append(Messages.text("editor.layer.figures", Numbers.grouped(layer.params()),
                    Numbers.scaled(layer.macs()), layer.receptiveField().sizeText(),
                    layer.receptiveField().jumpText()));
        }
        return text.toString();
    }

    static String block(String name, BlockSpec block, NetworkReport report) {
        long params = 0;
        long macs = 0;
        int count = 0;
        for (LayerReport layer : report.layers()) {
            if (layer.blockPath().contains(name)) {
                params += layer.params();
                macs += layer.macs();
                count++;
            }
        }
        return block.type() + " " + block.settings() + "\n"
                + Messages.text("editor.block.figures", count, Numbers.grouped(params), Numbers.scaled(macs));
    }
}
