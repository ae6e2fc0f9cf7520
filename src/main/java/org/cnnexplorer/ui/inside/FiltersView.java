package org.cnnexplorer.ui.inside;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.FilterScale;
import org.cnnexplorer.inside.FilterTiles;

/**
 * The first-layer filters as tiles (RGB or grey, each weight a square of pixels, no smoothing), the
 * scale they are drawn on, and for a run that kept snapshots a slider over its epochs.
 */
final class FiltersView extends TitledPane {

    private static final double TILE = 40;

    private final FiltersViewModel viewModel;
    private final FlowPane tiles = new FlowPane(4, 4);
    private final Slider epochs = new Slider();
    private final Label epochLabel = new Label();

    FiltersView(FiltersViewModel viewModel) {
        this.viewModel = viewModel;
        setId("inside-filters");
        setMinHeight(USE_PREF_SIZE); // a low window scrolls the filters with the layers, never cuts them
        textProperty().bind(viewModel.titleProperty());
        tiles.setId("inside-filter-tiles");
        ChoiceBox<FilterScale> scale = new ChoiceBox<>();
        scale.getItems().setAll(FilterScale.values());
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(FilterScale value) {
                return value == null ? "" : Messages.text("inside.filters.scale." + value.id());
            }

            @Override
            public FilterScale fromString(String text) {
                return null;
            }
        });
        scale.valueProperty().bindBidirectional(viewModel.scaleProperty());
        scale.setId("inside-filter-scale");
        Tooltip explained = new Tooltip();
        explained.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.scaleProperty().get().description(), viewModel.scaleProperty()));
        scale.setTooltip(explained);
        epochs.setId("inside-filter-epoch");
        epochs.setMajorTickUnit(1);
        epochs.setMinorTickCount(0);
        epochs.setSnapToTicks(true);
        epochs.setShowTickMarks(true);
        epochs.setPrefWidth(220);
        epochs.valueProperty().addListener((obs, old, now) -> viewModel.epochProperty().set(
                (int) Math.round(now.doubleValue())));
        viewModel.epochProperty().addListener((obs, old, now) -> {
            epochs.setValue(now.intValue());
            epochLabel.setText(Messages.text("inside.filters.epoch", now.intValue()));
        });
        Label note = new Label();
        note.textProperty().bind(viewModel.noteProperty());
        note.setWrapText(true);
        note.setId("inside-filter-note");
        HBox scaleGroup = new HBox(8, new Label(Messages.text("inside.filters.scale")), scale);
        InsideView.keepWidths(scaleGroup);
        scaleGroup.setAlignment(Pos.CENTER_LEFT);
        HBox epochGroup = new HBox(8, epochs, epochLabel);
        epochGroup.setAlignment(Pos.CENTER_LEFT);
        epochLabel.setMinWidth(Region.USE_PREF_SIZE);
        epochs.setMinWidth(40);
        // a narrow column (lecture mode at 1280 pixels) puts the epoch slider under the scale
        FlowPane controls = new FlowPane(8, 4, scaleGroup, epochGroup);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(6, tiles, controls, note);
        content.setPadding(new Insets(6));
        setContent(content);
        viewModel.tilesProperty().addListener((obs, old, now) -> showTiles(now));
        viewModel.epochsProperty().addListener((obs, old, now) -> showEpochs(now));
        showTiles(viewModel.tilesProperty().get());
        showEpochs(viewModel.epochsProperty().get());
    }

    FiltersViewModel viewModel() {
        return viewModel;
    }

    private void showTiles(FilterTiles shown) {
        tiles.getChildren().clear();
        if (shown == null) {
            return;
        }
        double scale = TILE / Math.max(shown.height(), shown.width());
        for (int f = 0; f < shown.tiles().size(); f++) {
            ImageView view = new ImageView(ChannelImages.image(shown.argb(f), shown.width(), shown.height()));
            view.setSmooth(false);
            view.setFitWidth(shown.width() * scale);
            view.setFitHeight(shown.height() * scale);
            Tooltip.install(view, new Tooltip(Messages.text("inside.filters.tile", f,
                    String.format(java.util.Locale.ROOT, "%.3g", shown.limits()[f]))));
            tiles.getChildren().add(view);
        }
    }

    private void showEpochs(List<Integer> kept) {
        boolean any = !kept.isEmpty();
        epochs.setVisible(any);
        epochs.setManaged(any);
        epochLabel.setVisible(any);
        epochLabel.setManaged(any);
        if (any) {
            epochs.setMin(kept.get(0));
            epochs.setMax(kept.get(kept.size() - 1));
            epochs.setValue(viewModel.epochProperty().get());
            epochLabel.setText(Messages.text("inside.filters.epoch", viewModel.epochProperty().get()));
        }
    }
}
