package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.ScalingEffect;
import org.cnnexplorer.core.ScalingMultipliers;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;

/**
 * The network being explored: its state (network as edited, settings), the analysis of that
 * state, redone on every change (well under a millisecond), the selected layer or block, and
 * undo/redo of every change including opening another network. An edit the specs reject
 * (a kernel of 0) leaves the state alone and says why in {@link #editErrorProperty()}; an edit
 * the specs accept but the network cannot run is applied and shows as problems in the report.
 */
public final class ExplorerViewModel {

    private final ReadOnlyObjectWrapper<ExplorerState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper textsVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<NetworkReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper selection = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper editError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private final EditHistory<ExplorerState> history = new EditHistory<>();
    private Object nextGroup;
    private Object lastGroup;

    public ExplorerViewModel(NetworkSpec first, String source) {
        show(ExplorerState.opened(first, source, null));
    }

    /** Opens another network (undoable), keeping batch, dtype and optimizer. */
    public void open(NetworkSpec spec, String source) {
        selection.set(null);
        apply(ExplorerState.opened(spec, source, settings()), null, text("edit.undo.open", spec.name()));
    }

    /**
     * Applies an edit of the network, which the Edit menu calls {@code label} ("Undo insert
     * conv2d"); a rejected edit leaves everything as it was.
     */
    public boolean editSpec(String label, UnaryOperator<NetworkSpec> edit) {
        return edit(label, s -> s.withSpec(edit.apply(s.spec())));
    }

    /** {@link #editSpec(String, UnaryOperator)} for an edit without a name of its own ("Undo edit network"). */
    public boolean editSpec(UnaryOperator<NetworkSpec> edit) {
        return editSpec(text("edit.undo.network"), edit);
    }

    /** Sets the input size; the resolution multiplier goes back to 1, the input being what was typed. */
    public boolean setInput(Shape input) {
        return edit(text("edit.undo.input"), s -> s.with(s.spec().withInput(input), s.settings().withInput(input)
                .withScaling(s.settings().scaling().withResolution(1))));
    }

    /**
     * Sets the width, depth and resolution multipliers (decision 0012), undoable. They are settings, not
     * edits of the network: the analysis input becomes the opened network's input at the new resolution.
     */
    public boolean setScaling(ScalingMultipliers scaling) {
        return editSettings(text("edit.undo.scaling"), s -> s.withInput(scaling.input(state.get().opened().input()))
                .withScaling(scaling));
    }

    public boolean setClasses(int classes) {
        return edit(text("edit.undo.classes"), s -> s.with(s.spec().withClasses(classes),
                s.settings().withClasses(classes)));
    }

    public boolean setBatch(int batch) {
        return editSettings(text("edit.undo.batch"), s -> s.withBatch(batch));
    }

    public boolean setDtype(DType dtype) {
        return editSettings(text("edit.undo.dtype"), s -> s.withDtype(dtype));
    }

    public boolean setOptimizer(Optimizer optimizer) {
        return editSettings(text("edit.undo.optimizer"), s -> s.withOptimizer(optimizer));
    }

    /** Changes how figures are counted (MACs or FLOPs, bias additions, batch-norm folding); undoable. */
    public boolean setConventions(Conventions conventions) {
        return editSettings(text("edit.undo.conventions"), s -> s.withConventions(conventions));
    }

    private boolean editSettings(String label, UnaryOperator<AnalysisSettings> edit) {
        return edit(label, s -> s.withSettings(edit.apply(s.settings())));
    }

    private boolean edit(String label, UnaryOperator<ExplorerState> edit) {
        Object group = nextGroup;
        nextGroup = null;
        try {
            apply(edit.apply(state.get()), group, label);
            editError.set("");
            return true;
        } catch (IllegalArgumentException e) {
            editError.set(e.getMessage());
            return false;
        }
    }

    private void apply(ExplorerState next, Object group, String label) {
        if (next.equals(state.get())) {
            return;
        }
        if (group == null || group != lastGroup) {
            history.recordEdit(state.get(), label);
        }
        lastGroup = group;
        show(next);
    }

    /**
     * The next edit merges into the previous one when both carry the same non-null token: the
     * digits typed into one field are one undo step.
     */
    public void mergeEditsOf(Object token) {
        nextGroup = token;
    }

    public void undo() {
        lastGroup = null;
        ExplorerState previous = history.undo(state.get());
        if (previous != null) {
            show(previous);
        }
    }

    public void redo() {
        lastGroup = null;
        ExplorerState next = history.redo(state.get());
        if (next != null) {
            show(next);
        }
    }

    /** Back to the network as opened (undoable). */
    public void revert() {
        edit(text("edit.undo.revert"), s -> ExplorerState.opened(s.opened(), s.source(), s.settings()));
    }

    private void show(ExplorerState next) {
        state.set(next);
        report.set(NetworkAnalyzer.analyze(next.spec(), next.settings()));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
        modified.set(next.isModified());
        editError.set("");
    }

    /**
     * After a switch of language: tells the view models that keep texts made from the report (totals,
     * formulas, the layer editor, the palette) to make them again.
     */
    public void textsChanged() {
        textsVersion.set(textsVersion.get() + 1);
    }

    /** Counts the switches of language; view models that keep texts listen to it. */
    public ReadOnlyIntegerProperty textsVersionProperty() {
        return textsVersion.getReadOnlyProperty();
    }

    /** Selects a layer or a block by name (null: nothing). */
    public void select(String name) {
        selection.set(name);
    }

    /** Reports a rejected edit made outside {@link #editSpec} (e.g. a field that does not parse). */
    public void rejectEdit(String message) {
        editError.set(message);
    }

    public ExplorerState state() {
        return state.get();
    }

    public NetworkReport report() {
        return report.get();
    }

    public AnalysisSettings settings() {
        return state.get() == null ? null : state.get().settings();
    }

    /** Which of the set multipliers change the network as it is now, and why the others do not. */
    public ScalingEffect scalingEffect() {
        return ScalingEffect.of(state.get().spec(), state.get().settings().scaling());
    }

    public ReadOnlyObjectProperty<ExplorerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NetworkReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty editErrorProperty() {
        return editError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What undo would take back ("insert conv2d"), or "" when nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    /** What redo would do again, or "" when nothing. */
    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }
}
