package org.cnnexplorer.ui.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.ui.common.PreferenceStore;

/** The model files opened last, newest first, kept in the preferences. */
public final class RecentFiles {

    static final int LIMIT = 8;
    private static final String KEY = "recent.models";

    private final PreferenceStore store;

    public RecentFiles(PreferenceStore store) {
        this.store = store;
    }

    public List<Path> list() {
        String text = store.get(KEY, "");
        return text.isBlank() ? List.of() : text.lines().map(Path::of).toList();
    }

    public void add(Path file) {
        List<Path> paths = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        save(paths.subList(0, Math.min(LIMIT, paths.size())));
    }

    public void remove(Path file) {
        List<Path> paths = new ArrayList<>(list());
        paths.remove(file.toAbsolutePath().normalize());
        save(paths);
    }

    private void save(List<Path> paths) {
        store.put(KEY, String.join("\n", paths.stream().map(Path::toString).toList()));
    }
}
