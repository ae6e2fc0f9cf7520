package org.cnnexplorer.io.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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

    /**
     * The settings line of a comparison: the multipliers that change at least one of the networks, then
     * for each network a multiplier leaves as it was the reason ({@code ...; depth x1.5 changes nothing:
     * AlexNet has ...}).
     */
    public static String settingsLine(List<NetworkReport> reports) {
        AnalysisSettings settings = reports.get(0).settings();
        if (settings.scaling().isNone()) {
            return settingsLine(settings);
        }
        ScalingMultipliers m = settings.scaling();
        List<ScalingEffect> effects = reports.stream().map(r -> ScalingEffect.of(r.spec(), m)).toList();
        ScalingMultipliers effective = new ScalingMultipliers(
                effects.stream().allMatch(e -> e.width() != null) ? 1 : m.width(),
                effects.stream().allMatch(e -> e.depth() != null) ? 1 : m.depth(), m.resolution());
        StringBuilder out = new StringBuilder(settingsLine(settings.withScaling(effective)));
        effects.forEach(effect -> effect.idle().forEach(reason -> out.append("; ").append(reason.text())));
        return out.toString();
    }

    /** {@code {"width": 0.5, "depth": 1.0, "resolution": 1.0}}. */
    public static ObjectNode json(ScalingMultipliers scaling, JsonNodeFactory f) {
        return f.objectNode().put("width", scaling.width()).put("depth", scaling.depth())
                .put("resolution", scaling.resolution());
    }
}
