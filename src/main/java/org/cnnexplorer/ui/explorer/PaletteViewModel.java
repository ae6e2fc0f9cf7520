package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.ui.explorer.NetworkEdits.Edit;
import org.cnnexplorer.ui.explorer.NetworkEdits.Where;

/**
 * The layer palette: insert a layer or block of any kind before or after the selected node,
 * delete or duplicate it, change its kind (an activation layer's kind is its function). Every
 * action is one undoable edit of the {@link ExplorerViewModel} named for the Edit menu ("insert
 * conv2d"), re-analysed at once; a refused one leaves the network alone and says why where edit
 * errors show. The structure is {@link NetworkEdits}' work, the new elements {@link KindDefaults}'.
 */
public final class PaletteViewModel {

    private final ExplorerViewModel explorer;
    private final ObjectProperty<LayerKind> kind = new SimpleObjectProperty<>(LayerKind.CONV2D);
    private final ReadOnlyObjectWrapper<LayerKind> selectedKind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private final ObservableList<LayerKind> changeKinds = FXCollections.observableArrayList();
    private final ObservableList<LayerKind> readOnlyChangeKinds = FXCollections.unmodifiableObservableList(changeKinds);

    public PaletteViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.selectionProperty().addListener((obs, old, now) -> refresh());
        explorer.stateProperty().addListener((obs, old, now) -> refresh());
        explorer.textsVersionProperty().addListener(obs -> refresh());
        refresh();
    }

    /** The kinds the palette inserts: every kind with one input and one output. */
    public static List<LayerKind> insertableKinds() {
        return KindDefaults.insertable();
    }

    private void refresh() {
        String name = explorer.selectionProperty().get();
        ElementSpec element = name == null ? null : element(name);
        hasSelection.set(name != null);
        List<LayerKind> kinds = new ArrayList<>();
        if (element != null) {
            boolean merge = element instanceof LayerSpec layer && layer.arity() == LayerSpec.MANY;
            kinds.addAll(merge ? List.of(LayerKind.CONCAT, LayerKind.ADD) : insertableKinds());
            if (!kinds.contains(element.layerKind())) {
                kinds.add(element.layerKind());
            }
        }
        if (!changeKinds.equals(kinds)) {
            changeKinds.setAll(kinds);
        }
        selectedKind.set(element == null ? null : element.layerKind());
    }

    /** What the selected name declares: a top-level node's element, or a nested layer (with its override). */
    private ElementSpec element(String name) {
        NetworkSpec spec = explorer.state().spec();
        for (NodeSpec node : spec.nodes()) {
            if (node.name().equals(name)) {
                return node.element();
            }
        }
        LayerSpec override = spec.overrides().get(name);
        return override != null ? override
                : explorer.report().layer(name).map(LayerReport::spec).filter(s -> s.arity() == 1).orElse(null);
    }

    /** Inserts a new {@code newKind} before the selected node (it takes the node's input), and selects it. */
    public boolean insertBefore(LayerKind newKind) {
        return insert(newKind, Where.BEFORE);
    }

    /** Inserts a new {@code newKind} after the selected node (its readers read the new one), and selects it. */
    public boolean insertAfter(LayerKind newKind) {
        return insert(newKind, Where.AFTER);
    }

    boolean insert(LayerKind newKind, Where where) {
        return run(text("edit.undo.insert", newKind.id()), (spec, anchor) -> {
            Edit placed = NetworkEdits.insert(spec, anchor, where, newKind.id(),
                    KindDefaults.of(newKind, KindDefaults.UNKNOWN));
            ElementSpec fitted = KindDefaults.of(newKind, inputShape(placed.spec(), placed.name()));
            return NetworkEdits.replace(placed.spec(), placed.name(), fitted);
        });
    }

    /** Deletes the selected node; its readers read its input instead. */
    public boolean delete() {
        return run(text("edit.undo.delete", explorer.selectionProperty().get()), NetworkEdits::delete);
    }

    /** Inserts a copy of the selected node right after it. */
    public boolean duplicate() {
        return run(text("edit.undo.duplicate", explorer.selectionProperty().get()),
                NetworkEdits::duplicate);
    }

    /**
     * Changes the selected node into {@code newKind}, keeping its name, wiring and window. A layer
     * inside a block changes through an override of that one layer.
     */
    public boolean changeKind(LayerKind newKind) {
        String selected = explorer.selectionProperty().get();
        return run(text("edit.undo.change", selected, newKind.id()), (spec, name) -> {
            ElementSpec current = element(name);
            if (current == null) {
                throw new IllegalArgumentException(text("edit.kindFixed", name));
            }
            ElementSpec next = KindDefaults.convert(current, newKind, inputShape(spec, name));
            boolean topLevel = spec.nodes().stream().anyMatch(n -> n.name().equals(name));
            return topLevel ? NetworkEdits.replace(spec, name, next) : NetworkEdits.override(spec, name, next);
        });
    }

    /** Runs one palette edit on the selected name; false (with the reason shown) when refused. */
    private boolean run(String label, BiFunction<NetworkSpec, String, Edit> action) {
        String name = explorer.selectionProperty().get();
        if (name == null) {
            explorer.rejectEdit(text("edit.selectFirst"));
            return false;
        }
        Edit edit;
        try {
            edit = action.apply(explorer.state().spec(), name);
        } catch (IllegalArgumentException e) {
            explorer.rejectEdit(e.getMessage());
            return false;
        }
        if (!explorer.editSpec(label, spec -> edit.spec())) {
            return false;
        }
        explorer.select(edit.name());
        return true;
    }

    /** The tensor reaching the node {@code name} (its first layer's, for a block), or {@link KindDefaults#UNKNOWN}. */
    private Shape inputShape(NetworkSpec spec, String name) {
        return NetworkAnalyzer.analyze(spec, explorer.settings()).layers().stream()
                .filter(l -> l.name().equals(name) || l.name().startsWith(name + "."))
                .filter(l -> !l.inputShapes().isEmpty()).map(l -> l.inputShapes().get(0))
                .findFirst().orElse(KindDefaults.UNKNOWN);
    }

    /** The kind that Insert, the Insert key and the palette's buttons add. */
    public ObjectProperty<LayerKind> kindProperty() {
        return kind;
    }

    /** The selected layer's or block's kind; null when nothing is selected or it cannot change. */
    public ReadOnlyObjectProperty<LayerKind> selectedKindProperty() {
        return selectedKind.getReadOnlyProperty();
    }

    /** The kinds the selected node can become (merges only into merges). */
    public ObservableList<LayerKind> changeKinds() {
        return readOnlyChangeKinds;
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }
}
