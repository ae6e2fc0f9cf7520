package org.cnnexplorer.ui.explorer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo stacks of whole states (records are immutable, so a state is its own snapshot),
 * each with a few words for the menu ("insert conv2d", "set kernel of c1").
 */
final class EditHistory<T> {

    private static final int LIMIT = 500;

    /** A state to return to and what returning to it undoes or redoes. */
    private record Step<T>(T state, String label) {
    }

    private final Deque<Step<T>> undo = new ArrayDeque<>();
    private final Deque<Step<T>> redo = new ArrayDeque<>();

    /** Remembers {@code before} as the state to return to; a new edit clears the redo stack. */
    void recordEdit(T before, String label) {
        undo.push(new Step<>(before, label));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The state to go back to from {@code current}, or null. */
    T undo(T current) {
        if (undo.isEmpty()) {
            return null;
        }
        Step<T> step = undo.pop();
        redo.push(new Step<>(current, step.label()));
        return step.state();
    }

    /** The state undone last, or null. */
    T redo(T current) {
        if (redo.isEmpty()) {
            return null;
        }
        Step<T> step = redo.pop();
        undo.push(new Step<>(current, step.label()));
        return step.state();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would take back, or "" when nothing. */
    String undoLabel() {
        return undo.isEmpty() ? "" : undo.peek().label();
    }

    /** What redo would do again, or "" when nothing. */
    String redoLabel() {
        return redo.isEmpty() ? "" : redo.peek().label();
    }
}
