package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

/**
 * An entry of the network list: a built-in network, a recently opened file, or the action that
 * opens a file. {@code key} is the built-in id or the file path. {@code heading} is the family and
 * year ("ResNet, 2015") on the first built-in of each family, shown above it; empty on the others.
 */
public record PickerItem(Kind kind, String key, String title, String subtitle, String heading) {

    /** What choosing the entry does. */
    public enum Kind { BUILT_IN, RECENT_FILE, OPEN_FILE }

    /** An entry under no heading. */
    public PickerItem(Kind kind, String key, String title, String subtitle) {
        this(kind, key, title, subtitle, "");
    }

    public static PickerItem openFile() {
        return new PickerItem(Kind.OPEN_FILE, "", text("menu.file.open"), text("picker.open-file.formats"));
    }
}
