package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnexplorer.core.BlockSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.ui.graph.layout.BlockIndex;

/**
 * The editor of the selected layer or block: its description, problem, and the fields it can
 * change. Applying a field edits the network through the {@link ExplorerViewModel}, so every
 * number, the graph and the charts follow, and the edit can be undone.
 */
public final class LayerEditorViewModel {

    private static final String CLASSES = "classes";

    private final ExplorerViewModel explorer;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private final ObservableList<EditorField> fields = FXCollections.observableArrayList();
    private final ObservableList<EditorField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    private Target target;

    /** What the editor edits: a layer (possibly inside a block) or a top-level block. */
    private record Target(String name, ElementSpec element, boolean block) {
    }

    public LayerEditorViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.selectionProperty().addListener((obs, old, now) -> refresh());
        explorer.reportProperty().addListener((obs, old, now) -> refresh());
        explorer.textsVersionProperty().addListener(obs -> refresh());
        refresh();
    }

    private void refresh() {
        String name = explorer.selectionProperty().get();
        NetworkReport report = explorer.report();
        LayerReport layer = name == null ? null : report.layer(name).orElse(null);
        BlockSpec block = name == null || layer != null ? null : BlockIndex.of(report.spec()).get(name);
        hasSelection.set(layer != null || block != null);
        if (layer != null) {
            showLayer(layer);
        } else if (block != null) {
            showBlock(name, block, report);
        } else {
            target = null;
            show(name == null ? text("editor.no-selection") : name, text("editor.no-selection.hint"),
                    "", "", List.of());
        }
    }

    private void showLayer(LayerReport layer) {
        ElementSpec declared = declared(layer);
        boolean classifier = declared instanceof DenseSpec d && d.isClassifier();
        target = new Target(layer.name(), declared, false);
        List<EditorField> editable = classifier
                ? List.of(new EditorField(CLASSES, text("compare.row.classes"), explorer.settings().classes(), 1,
                        1 << 20))
                : LayerEdits.fields(declared);
        String hint = classifier ? text("editor.classifier.hint") : "";
        show(layer.name(), EditorText.layer(layer), layer.problem() == null ? "" : layer.problem(), hint, editable);
    }

    private ElementSpec declared(LayerReport layer) {
        var spec = explorer.state().spec();
        LayerSpec override = spec.overrides().get(layer.name());
        if (override != null) {
            return override;
        }
        return spec.nodes().stream().filter(n -> n.name().equals(layer.name())).map(n -> n.element())
                .findFirst().orElse(layer.spec());
    }

    private void showBlock(String name, BlockSpec block, NetworkReport report) {
        boolean topLevel = report.spec().nodes().stream().anyMatch(n -> n.name().equals(name));
        target = new Target(name, block, true);
        String hint = topLevel ? "" : text("editor.inner-block.hint");
        String issue = report.problems().stream().filter(p -> p.layer().startsWith(name + "."))
                .map(p -> p.layer() + ": " + p.message()).findFirst().orElse("");
        show(name, EditorText.block(name, block, report), issue, hint,
                topLevel ? LayerEdits.fields(block) : List.of());
    }

    private void show(String newTitle, String newSummary, String newProblem, String newNote,
                      List<EditorField> newFields) {
        title.set(newTitle);
        summary.set(newSummary);
        problem.set(newProblem);
        note.set(newNote);
        if (!fields.equals(newFields)) {
            fields.setAll(newFields);
        }
    }

    /** Sets one field of the selected layer or block; false (with the reason in the explorer) if rejected. */
    public boolean apply(String key, int value) {
        if (target == null) {
            return false;
        }
        if (key.equals(CLASSES)) {
            return explorer.setClasses(value);
        }
        Target t = target;
        String label = text("editor.undo.set", key, t.name());
        if (t.block()) {
            return explorer.editSpec(label, spec -> spec.withNode(t.name(), LayerEdits.with(t.element(), key,
                    value)));
        }
        return explorer.editSpec(label, spec -> spec.withLayer(t.name(), (LayerSpec) LayerEdits.with(t.element(),
                key, value)));
    }

    public ObservableList<EditorField> fields() {
        return readOnlyFields;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }
}
