package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelSources;
import org.cnnexplorer.ui.common.BuiltIns;
import org.cnnexplorer.ui.common.Notifier;

/**
 * The network list: the built-ins with their variants, grouped by family in year order (the
 * catalog's menu order, a heading on each family's first entry), recent model files, and "Open model
 * file...". A file that cannot be read is reported with the io layer's message (file, line and
 * column, what was expected) and the current network stays.
 */
public final class NetworkPickerViewModel {

    private final ExplorerViewModel explorer;
    private final RecentFiles recent;
    private final Notifier notifier;
    private final ObservableList<PickerItem> items = FXCollections.observableArrayList();
    private final ObservableList<PickerItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);

    public NetworkPickerViewModel(ExplorerViewModel explorer, RecentFiles recent, Notifier notifier) {
        this.explorer = explorer;
        this.recent = recent;
        this.notifier = notifier;
        refreshItems();
    }

    private void refreshItems() {
        List<PickerItem> next = new ArrayList<>();
        String family = null;
        for (ModelCatalog.Entry entry : BuiltIns.entries()) {
            String heading = entry.place().family().equals(family) ? "" : familyHeading(entry);
            family = entry.place().family();
            next.add(new PickerItem(PickerItem.Kind.BUILT_IN, entry.id(), entry.name(), entry.variant(), heading));
        }
        for (Path file : recent.list()) {
            next.add(new PickerItem(PickerItem.Kind.RECENT_FILE, file.toString(), file.getFileName().toString(),
                    file.toString()));
        }
        next.add(PickerItem.openFile());
        items.setAll(next);
    }

    /** "ResNet, 2015": the family and the year of its first network; "Other" for files without a family. */
    private static String familyHeading(ModelCatalog.Entry entry) {
        return entry.place().family().isEmpty() ? text("picker.other") : entry.place().label();
    }

    /** Opens a built-in or recent entry; the open-file entry is handled by the view (it needs a file chooser). */
    public boolean choose(PickerItem item) {
        if (item == null || item.key().equals(explorer.state().source())) {
            return false;
        }
        return switch (item.kind()) {
            case BUILT_IN -> openBuiltIn(item.key());
            case RECENT_FILE -> openFile(Path.of(item.key()));
            case OPEN_FILE -> false;
        };
    }

    public boolean openBuiltIn(String id) {
        try {
            explorer.open(ModelCatalog.load(id), id);
            return true;
        } catch (ModelFileException e) {
            notifier.error(text("picker.cannot-open", id), e.getMessage());
            return false;
        }
    }

    public boolean openFile(Path file) {
        try {
            NetworkSpec spec = ModelSources.read(file);
            explorer.open(spec, file.toAbsolutePath().normalize().toString());
            recent.add(file);
            refreshItems();
            return true;
        } catch (ModelFileException e) {
            notifier.error(text("picker.cannot-open-file"), e.getMessage());
            return false;
        }
    }

    public ObservableList<PickerItem> items() {
        return readOnlyItems;
    }

    /** The entry of the network shown now, or null when it came from elsewhere. */
    public PickerItem current() {
        String source = explorer.state().source();
        return items.stream().filter(i -> i.key().equals(source)).findFirst().orElse(null);
    }
}
