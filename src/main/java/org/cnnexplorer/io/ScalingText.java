package org.cnnexplorer.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.ScalingEffect;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.i18n.Messages;

/**
 * The settings line under a report or comparison: the counting conventions, then the width, depth and
 * resolution multipliers when any is not 1 ({@code ...; scaled: width x0.5, resolution x1.0714}).
 */
public final class ScalingText {

    private ScalingText() {
    }

    /** The conventions, and the multipliers when the network was scaled. */
    public static String settingsLine(AnalysisSettings settings) {
        String conventions = settings.conventions().describe();
        return settings.scaling().isNone() ? conventions
                : conventions + "; " + Messages.text("scaling.line", settings.scaling().describe());
    }

    /**
     * The conventions, the multipliers that change the network, and for each one set that changes
     * nothing the reason ({@code ...; depth x1.5 changes nothing: VGG16 has no stage, ...}), never
     * "scaled" by a multiplier that left the network as it was ({@link ScalingEffect}).
     */
    public static String settingsLine(NetworkReport report) {
        AnalysisSettings settings = report.settings();
        if (settings.scaling().isNone()) {
            return settingsLine(settings);
        }
        ScalingEffect effect = ScalingEffect.of(report.spec(), settings.scaling());
        StringBuilder out = new StringBuilder(settingsLine(settings.withScaling(effect.effective())));
        effect.idle().forEach(reason -> out.append("; ").append(reason.text()));
        return out.toString();
    }

    /** {@code {"width": 0.5, "depth": 1.0, "resolution": 1.0}}. */
    public static ObjectNode json(ScalingMultipliers scaling, JsonNodeFactory f) {
        return f.objectNode().put("width", scaling.width()).put("depth", scaling.depth())
                .put("resolution", scaling.resolution());
    }
}
