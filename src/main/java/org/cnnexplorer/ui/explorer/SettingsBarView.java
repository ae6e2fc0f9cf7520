package org.cnnexplorer.ui.explorer;

import java.util.List;
import javafx.geometry.Pos;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.ui.common.Choices;
import org.cnnexplorer.ui.common.IntSpinner;

/**
 * The settings every number depends on: input channels x height x width, classes, batch size,
 * number format and the optimizer whose state the training-memory estimate counts. Each change
 * re-analyses at once and can be undone. The counting conventions (FLOPs instead of MACs, bias
 * additions, batch-norm folded into its convolution) change every figure in the same way. The
 * groups wrap onto a second line when the window is narrow. Compact (lecture mode) folds the three
 * conventions into a Count menu, so that the bar takes at most two lines at 1280 pixels.
 */
public final class SettingsBarView extends FlowPane {

    private static final int MAX_SIZE = 100_000;

    private final ExplorerViewModel viewModel;
    private final IntSpinner channels;
    private final IntSpinner height;
    private final IntSpinner width;
    private final IntSpinner classes;
    private final IntSpinner batch;
    private final ComboBox<DType> dtype = new ComboBox<>();
    private final ComboBox<Optimizer> optimizer = new ComboBox<>();
    private final CheckBox flops = convention("convention-flops", Messages.text("settings.flops"),
            Messages.text("settings.flops.tip"));
    private final CheckBox countBias = convention("convention-bias", Messages.text("settings.bias"),
            Messages.text("settings.bias.tip"));
    private final CheckBox foldBatchNorm = convention("convention-fold-bn", Messages.text("settings.fold-bn"),
            Messages.text("settings.fold-bn.tip"));
    private final Label error = new Label();
    private final Label variant = new Label();
    private final ScalingFields scaling;
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");
    private boolean showing;

    public SettingsBarView(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("settings-bar");
        setAlignment(Pos.CENTER_LEFT);
        setHgap(14);
        setVgap(4);
        channels = spinner(v -> setInput());
        height = spinner(v -> setInput());
        width = spinner(v -> setInput());
        classes = spinner(viewModel::setClasses);
        scaling = new ScalingFields(viewModel);
        batch = spinner(viewModel::setBatch);
        channels.setId("input-channels");
        height.setId("input-height");
        width.setId("input-width");
        classes.setId("classes");
        batch.setId("batch");
        dtype.getItems().setAll(DType.values());
        dtype.setConverter(Choices.converter(DType::id));
        optimizer.getItems().setAll(Optimizer.values());
        optimizer.setConverter(Choices.converter(Optimizer::id));
        dtype.setOnAction(e -> onChoice(() -> viewModel.setDtype(dtype.getValue())));
        optimizer.setOnAction(e -> onChoice(() -> viewModel.setOptimizer(optimizer.getValue())));
        for (CheckBox box : List.of(flops, countBias, foldBatchNorm)) {
            box.setOnAction(e -> onChoice(() -> viewModel.setConventions(new Conventions(flops.isSelected(),
                    countBias.isSelected(), foldBatchNorm.isSelected()))));
        }
        error.getStyleClass().add("edit-error");
        error.textProperty().bind(viewModel.editErrorProperty());
        error.setId("edit-error");
        error.setWrapText(true);
        error.maxWidthProperty().bind(widthProperty().subtract(24));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        optimizer.setTooltip(new Tooltip(Messages.text("settings.optimizer.tip")));
        variant.setId("variant-note");
        variant.getStyleClass().add("settings-caption");
        variant.setWrapText(true);
        variant.maxWidthProperty().bind(widthProperty().subtract(24));
        variant.setText(VariantNote.of(viewModel.report()));
        variant.visibleProperty().bind(variant.textProperty().isNotEmpty());
        variant.managedProperty().bind(variant.visibleProperty());
        viewModel.reportProperty().addListener((obs, old, now) -> variant.setText(VariantNote.of(now)));
        HBox conventions = group(caption(Messages.text("settings.count"), Messages.text("settings.count.tip")), flops,
                countBias, foldBatchNorm);
        MenuButton conventionMenu = conventionMenu();
        conventions.visibleProperty().bind(compact.not());
        conventions.managedProperty().bind(conventions.visibleProperty());
        conventionMenu.visibleProperty().bind(compact);
        conventionMenu.managedProperty().bind(compact);
        getChildren().addAll(group(caption(Messages.text("settings.input"), Messages.text("settings.input.tip")),
                        channels, times(), height, times(), width),
                group(caption(Messages.text("settings.classes"), null), classes),
                group(caption(Messages.text("settings.batch"), null), batch),
                group(caption(Messages.text("settings.dtype"), Messages.text("settings.dtype.tip")), dtype),
                group(caption(Messages.text("settings.optimizer"), Messages.text("settings.optimizer.tip")), optimizer),
                conventions, conventionMenu, scaling, variant, error);
        viewModel.stateProperty().addListener((obs, old, now) -> show(now.settings()));
        show(viewModel.settings());
    }

    /** True folds the counting conventions into a menu (lecture mode), false shows them as check boxes. */
    public BooleanProperty compactProperty() {
        return compact;
    }

    /** The Count menu of compact mode: its items are the check boxes' twins, applied the same way. */
    private MenuButton conventionMenu() {
        MenuButton menu = new MenuButton(Messages.text("settings.count"));
        menu.setId("convention-menu");
        menu.setTooltip(new Tooltip(Messages.text("settings.count.tip")));
        menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (CheckBox box : List.of(flops, countBias, foldBatchNorm)) {
            CheckMenuItem item = new CheckMenuItem(box.getText());
            item.setId(box.getId() + "-item");
            item.selectedProperty().bindBidirectional(box.selectedProperty());
            item.setOnAction(box.getOnAction());
            menu.getItems().add(item);
        }
        return menu;
    }

    private IntSpinner spinner(java.util.function.IntPredicate commit) {
        IntSpinner spinner = new IntSpinner(1, MAX_SIZE, 1, v -> showing || commit.test(v), viewModel::rejectEdit);
        spinner.groupEditsWith(viewModel::mergeEditsOf);
        return spinner;
    }

    private boolean setInput() {
        return showing || viewModel.setInput(Shape.of(channels.getValue(), height.getValue(), width.getValue()));
    }

    private void onChoice(Runnable apply) {
        if (!showing) {
            apply.run();
        }
    }

    private void show(AnalysisSettings settings) {
        showing = true;
        try {
            channels.show(settings.input().channels());
            height.show(settings.input().height());
            width.show(settings.input().width());
            classes.show(settings.classes());
            batch.show(settings.batch());
            dtype.setValue(settings.dtype());
            optimizer.setValue(settings.optimizer());
            flops.setSelected(settings.conventions().flops());
            countBias.setSelected(settings.conventions().countBias());
            foldBatchNorm.setSelected(settings.conventions().foldBatchNorm());
            scaling.show(settings.scaling());
        } finally {
            showing = false;
        }
    }

    /** A caption and its fields, kept on one line. */
    private static HBox group(Node... nodes) {
        HBox group = new HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        group.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return group;
    }

    private static Label caption(String text, String tip) {
        Label label = new Label(text);
        label.getStyleClass().add("settings-caption");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (tip != null) {
            label.setTooltip(new Tooltip(tip));
        }
        return label;
    }

    private static CheckBox convention(String id, String text, String tip) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static Label times() {
        Label label = new Label("x");
        label.getStyleClass().add("settings-times");
        return label;
    }
}
