package org.cnnexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cnnexplorer.ui.common.IntSpinner;

/**
 * The editor of the selected layer or block: what it is, its problem in red, and a spinner per
 * setting. Values refresh in place when only they change, so holding a spinner arrow keeps
 * editing; the field list is rebuilt when another kind of layer is selected.
 */
public final class LayerEditorView extends VBox {

    private final LayerEditorViewModel viewModel;
    private final ExplorerViewModel explorer;
    private final GridPane grid = new GridPane();
    private final List<IntSpinner> spinners = new ArrayList<>();
    private List<String> keys = List.of();

    public LayerEditorView(LayerEditorViewModel viewModel, ExplorerViewModel explorer) {
        this.viewModel = viewModel;
        this.explorer = explorer;
        getStyleClass().addAll("side-panel", "layer-editor");
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(viewModel.titleProperty());
        heading.setId("editor-title");
        Label summary = wrapped("editor-summary", "editor-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label problem = wrapped("problem-text", "editor-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        hideWhenEmpty(problem);
        Label note = wrapped("muted", "editor-note");
        note.textProperty().bind(viewModel.noteProperty());
        hideWhenEmpty(note);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, new ColumnConstraints());
        grid.getStyleClass().add("editor-grid");
        getChildren().addAll(heading, summary, grid, problem, note);
        viewModel.fields().addListener((ListChangeListener<EditorField>) c -> showFields());
        showFields();
    }

    private void showFields() {
        List<EditorField> fields = viewModel.fields();
        List<String> nextKeys = fields.stream().map(EditorField::key).toList();
        if (nextKeys.equals(keys)) {
            for (int i = 0; i < fields.size(); i++) {
                spinners.get(i).show(fields.get(i).value());
            }
            return;
        }
        keys = nextKeys;
        grid.getChildren().clear();
        spinners.clear();
        for (int i = 0; i < fields.size(); i++) {
            EditorField field = fields.get(i);
            IntSpinner spinner = new IntSpinner(field.min(), field.max(), field.value(),
                    v -> viewModel.apply(field.key(), v), explorer::rejectEdit);
            spinner.setId("edit-" + field.key());
            spinner.groupEditsWith(explorer::mergeEditsOf);
            spinners.add(spinner);
            grid.addRow(i, new Label(field.label()), spinner);
        }
    }

    private static Label wrapped(String styleClass, String id) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setId(id);
        return label;
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
