package org.cnnexplorer.ui.explorer;

import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.cnnexplorer.core.Message;
import org.cnnexplorer.core.ScalingEffect;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.i18n.Messages;

/**
 * The settings bar's width, depth and resolution multipliers (decision 0012): three editable choices
 * with the values of MobileNet and EfficientNet (any number from 0.01 to 8 may be typed); each change
 * re-analyses at once and can be undone.
 */
final class ScalingFields extends HBox {

    private static final List<String> WIDTHS = List.of("0.25", "0.5", "0.75", "1", "1.1", "1.2", "1.4", "2");
    private static final List<String> DEPTHS = List.of("0.33", "0.5", "1", "1.1", "1.2", "1.4", "1.8", "2");
    private static final List<String> RESOLUTIONS = List.of("0.571", "0.714", "0.857", "1", "1.0714", "1.1607",
            "1.3393", "2");

    private final ExplorerViewModel viewModel;
    private final ComboBox<String> width;
    private final ComboBox<String> depth;
    private final ComboBox<String> resolution;
    private final Label note = new Label();
    private boolean showing;

    ScalingFields(ExplorerViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(Region.USE_PREF_SIZE);
        width = choice("scale-width", WIDTHS, "settings.scaling.widthTip", ScalingMultipliers::withWidth);
        depth = choice("scale-depth", DEPTHS, "settings.scaling.depthTip", ScalingMultipliers::withDepth);
        resolution = choice("scale-resolution", RESOLUTIONS, "settings.scaling.resolutionTip",
                ScalingMultipliers::withResolution);
        Label caption = new Label(Messages.text("settings.scaling"));
        caption.getStyleClass().add("settings-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setTooltip(new Tooltip(Messages.text("settings.scaling.tip")));
        note.setId("scale-note");
        note.getStyleClass().add("settings-caption");
        note.setMinWidth(Region.USE_PREF_SIZE);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(caption, label("settings.scaling.width"), width, label("settings.scaling.depth"), depth,
                label("settings.scaling.resolution"), resolution, note);
        viewModel.reportProperty().addListener((obs, old, now) -> showEffect());
        showEffect();
    }

    /** "depth x1.5: no effect" after a multiplier that changes nothing in this network; its tooltip says why. */
    private void showEffect() {
        ScalingEffect effect = viewModel.scalingEffect();
        note.setText(String.join(", ", effect.notes().stream().map(Message::text).toList()));
        note.setTooltip(effect.idle().isEmpty() ? null
                : new Tooltip(String.join("\n", effect.idle().stream().map(Message::text).toList())));
    }

    /** Shows the multipliers of the current settings without re-applying them. */
    void show(ScalingMultipliers scaling) {
        showing = true;
        try {
            width.setValue(ScalingMultipliers.format(scaling.width()));
            depth.setValue(ScalingMultipliers.format(scaling.depth()));
            resolution.setValue(ScalingMultipliers.format(scaling.resolution()));
        } finally {
            showing = false;
        }
    }

    private ComboBox<String> choice(String id, List<String> values, String tipKey,
                                    BiFunction<ScalingMultipliers, Double, ScalingMultipliers> with) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.getItems().setAll(values);
        box.setPrefWidth(86);
        box.setTooltip(new Tooltip(Messages.text(tipKey)));
        box.setOnAction(e -> commit(box, with));
        return box;
    }

    private void commit(ComboBox<String> box, BiFunction<ScalingMultipliers, Double, ScalingMultipliers> with) {
        if (showing || box.getValue() == null) {
            return;
        }
        ScalingMultipliers current = viewModel.settings().scaling();
        try {
            double value = Double.parseDouble(box.getValue().trim());
            ScalingMultipliers next = with.apply(current, value);
            if (!next.equals(current)) {
                viewModel.setScaling(next);
            }
        } catch (IllegalArgumentException e) { // NumberFormatException too
            viewModel.rejectEdit(Messages.text("settings.scaling.invalid", box.getValue(), ScalingMultipliers.format(
                    ScalingMultipliers.MIN), ScalingMultipliers.format(ScalingMultipliers.MAX)));
            show(current);
        }
    }

    private static Label label(String key) {
        Label label = new Label(Messages.text(key));
        label.getStyleClass().add("settings-times");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
