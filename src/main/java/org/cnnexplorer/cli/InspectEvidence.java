package org.cnnexplorer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.ClassEvidence;
import org.cnnexplorer.inside.EvidenceMethod;
import org.cnnexplorer.inside.HeatGrid;

/**
 * The class-evidence part of {@code cnnx inspect --gradcam|--saliency}: the heat map on its coarse grid,
 * each cell in percent of the hottest, and the hottest cell with the input pixels it covers; in JSON an
 * {@code evidence} object (method, layer, classIndex, className, rows, columns, grid, max and peak).
 */
final class InspectEvidence {

    private InspectEvidence() {
    }

    static String text(ClassEvidence evidence) {
        StringBuilder text = new StringBuilder();
        String key = evidence.method() == EvidenceMethod.GRAD_CAM ? "cli.evidence.gradcam" : "cli.evidence.saliency";
        text.append(Messages.text(key, evidence.classIndex(), evidence.className(), evidence.layer(),
                evidence.gridHeight(), evidence.gridWidth())).append(System.lineSeparator());
        float max = 0;
        for (float value : evidence.grid()) {
            max = Math.max(max, value);
        }
        if (max <= 0) {
            return text.append(Messages.text("cli.evidence.none", evidence.classIndex(), evidence.className()))
                    .append(System.lineSeparator()).toString();
        }
        for (int r = 0; r < evidence.gridHeight(); r++) {
            for (int c = 0; c < evidence.gridWidth(); c++) {
                float value = evidence.grid()[r * evidence.gridWidth() + c];
                text.append(String.format(Locale.ROOT, "%4d", Math.round(100 * value / max)));
            }
            text.append(System.lineSeparator());
        }
        HeatGrid.Cell peak = evidence.peak();
        return text.append(Messages.text("cli.evidence.peak", peak.row(), peak.column(), peak.top(),
                peak.top() + peak.height() - 1, peak.left(), peak.left() + peak.width() - 1))
                .append(System.lineSeparator()).toString();
    }

    static void json(ObjectNode root, ClassEvidence evidence) {
        ObjectNode node = root.putObject("evidence");
        node.put("method", evidence.method() == EvidenceMethod.GRAD_CAM ? "gradcam" : "saliency");
        node.put("layer", evidence.layer());
        node.put("classIndex", evidence.classIndex());
        node.put("className", evidence.className());
        node.put("rows", evidence.gridHeight());
        node.put("columns", evidence.gridWidth());
        var grid = node.putArray("grid");
        for (float value : evidence.grid()) {
            grid.add(value);
        }
        node.put("max", evidence.max());
        HeatGrid.Cell peak = evidence.peak();
        node.putObject("peak").put("row", peak.row()).put("column", peak.column()).put("top", peak.top())
                .put("left", peak.left()).put("height", peak.height()).put("width", peak.width());
    }
}
