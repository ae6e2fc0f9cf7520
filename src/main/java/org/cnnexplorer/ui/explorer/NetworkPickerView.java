package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.io.File;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The network list in the sidebar: built-ins (name and variant), recent files, and "Open model
 * file...". A click or Enter opens the entry, after asking about unsaved edits.
 */
public final class NetworkPickerView extends VBox {

    private final NetworkPickerViewModel viewModel;
    private final ListView<PickerItem> list = new ListView<>();
    private final Supplier<File> chooseFile;
    private BooleanSupplier mayLeave = () -> true;

    public NetworkPickerView(NetworkPickerViewModel viewModel, ExplorerViewModel explorer, Supplier<File> chooseFile) {
        this.viewModel = viewModel;
        this.chooseFile = chooseFile;
        getStyleClass().add("network-picker");
        Label heading = new Label(text("picker.heading"));
        heading.getStyleClass().add("panel-heading");
        list.setId("network-list");
        list.setItems(viewModel.items());
        list.setCellFactory(l -> new ItemCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list, new LegendView());
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> choose());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose();
            }
        });
        explorer.stateProperty().addListener((obs, old, now) -> markCurrent());
        markCurrent();
    }

    private void choose() {
        PickerItem item = list.getSelectionModel().getSelectedItem();
        if (item != null && item.kind() == PickerItem.Kind.OPEN_FILE) {
            openFile();
        } else if (item != null && !item.equals(viewModel.current()) && mayLeave.getAsBoolean()) {
            viewModel.choose(item);
        }
        markCurrent();
    }

    /** Asks for a model file and opens it; the current network stays if it cannot be read. */
    public void openFile() {
        File file = chooseFile.get();
        if (file != null && mayLeave.getAsBoolean()) {
            viewModel.openFile(file.toPath());
        }
        markCurrent();
    }

    /** Asked before another network replaces the explored one (unsaved edits); false keeps it. */
    public void setLeaveCheck(BooleanSupplier check) {
        this.mayLeave = check;
    }

    private void markCurrent() {
        PickerItem current = viewModel.current();
        if (current == null) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(current);
        }
    }

    /** Two lines: the name in bold, the variant below; above them the family heading, if any. */
    private static final class ItemCell extends ListCell<PickerItem> {
        @Override
        protected void updateItem(PickerItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("picker-title");
            Label subtitle = new Label(item.subtitle());
            subtitle.getStyleClass().add("picker-subtitle");
            title.setMinWidth(0);
            subtitle.setMinWidth(0);
            title.setWrapText(true);
            VBox box = new VBox(title, subtitle);
            if (!item.heading().isEmpty()) {
                Label heading = new Label(item.heading());
                heading.getStyleClass().add("picker-family");
                heading.setMinWidth(0);
                heading.setWrapText(true);
                box.getChildren().add(0, heading);
            }
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            box.prefWidthProperty().bind(box.maxWidthProperty());
            box.setMinWidth(0);
            box.getStyleClass().add(item.kind() == PickerItem.Kind.OPEN_FILE ? "picker-action" : "picker-item");
            setGraphic(box);
            setText(null);
            setTooltip(new Tooltip(item.subtitle()));
        }
    }
}
