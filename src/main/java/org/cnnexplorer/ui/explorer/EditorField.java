package org.cnnexplorer.ui.explorer;

/** One editable whole-number setting of the selected layer or block, e.g. a convolution's kernel size. */
public record EditorField(String key, String label, int value, int min, int max) {
}
