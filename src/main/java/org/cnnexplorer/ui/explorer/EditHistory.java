package org.cnnexplorer.ui.explorer;

import java.util.ArrayDeque;
import java.util.Deque;

/** Undo and redo stacks of whole states (records are immutable, so a state is its own snapshot). */
final class EditHistory<T> {

    private static final int LIMIT = 500;

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();

    /** Remembers {@code before} as the state to return to; a new edit clears the redo stack. */
    void recordEdit(T before) {
        undo.push(before);
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
        redo.push(current);
        return undo.pop();
    }

    /** The state undone last, or null. */
    T redo(T current) {
        if (redo.isEmpty()) {
            return null;
        }
        undo.push(current);
        return redo.pop();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }
}
