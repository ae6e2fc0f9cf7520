package org.cnnexplorer.ui.explorer;

/**
 * An entry of the network list: a built-in network, a recently opened file, or the action that
 * opens a file. {@code key} is the built-in id or the file path.
 */
public record PickerItem(Kind kind, String key, String title, String subtitle) {

    /** What choosing the entry does. */
    public enum Kind { BUILT_IN, RECENT_FILE, OPEN_FILE }

    public static PickerItem openFile() {
        return new PickerItem(Kind.OPEN_FILE, "", "Open model file...", "JSON, ONNX (.onnx) or Keras (.json)");
    }
}
