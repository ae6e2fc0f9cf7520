package org.cnnexplorer.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkPickerViewModelTest {

    private final List<String> errors = new ArrayList<>();
    private final PreferenceStore store = PreferenceStore.inMemory();

    private NetworkPickerViewModel picker(ExplorerViewModel explorer) {
        return new NetworkPickerViewModel(explorer, new RecentFiles(store), (title, message) -> errors.add(message));
    }

    @Test
    void listsTheBuiltInsWithVariantsThenOpenFile() throws Exception {
        NetworkPickerViewModel picker = picker(ExplorerViewModelTest.open("lenet5"));
        assertEquals(ModelCatalog.IDS.size() + 1, picker.items().size());
        PickerItem resnet = item(picker, "resnet50");
        assertEquals("ResNet-50", resnet.title());
        assertTrue(resnet.subtitle().contains("v1.5"), resnet.subtitle());
        assertEquals(PickerItem.Kind.OPEN_FILE, picker.items().get(picker.items().size() - 1).kind());
        assertEquals("lenet5", picker.current().key());
    }

    @Test
    void builtInsAreGroupedByFamilyInYearOrderWithAHeadingOnTheFirstOfEach() throws Exception {
        NetworkPickerViewModel picker = picker(ExplorerViewModelTest.open("lenet5"));
        List<String> headings = picker.items().stream().map(PickerItem::heading).filter(h -> !h.isEmpty()).toList();
        assertEquals(List.of("LeNet, 1998", "AlexNet, 2012", "VGG, 2014", "GoogLeNet / Inception, 2014",
                "ResNet, 2015"), headings.subList(0, 5));
        assertTrue(headings.contains("ResNeXt, 2017"), headings.toString());
        assertEquals("ResNet, 2015", item(picker, "resnet18").heading());
        assertEquals("", item(picker, "resnet50").heading());
        int alexnetPaper = picker.items().indexOf(item(picker, "alexnet-paper"));
        assertEquals("alexnet-2gpu", picker.items().get(alexnetPaper + 1).key(), "the 2012 papers first");
        assertEquals("alexnet", picker.items().get(alexnetPaper + 2).key(), "the 2012 papers before torchvision's 2014");
    }

    private static PickerItem item(NetworkPickerViewModel picker, String key) {
        return picker.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void choosingABuiltInOpensIt() throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        NetworkPickerViewModel picker = picker(explorer);
        assertTrue(picker.choose(item(picker, "googlenet")));
        assertEquals("googlenet", explorer.state().spec().id());
        assertEquals(6_624_904, explorer.report().totals().params());
    }

    @Test
    void aMalformedFileShowsWhereAndKeepsTheCurrentNetwork(@TempDir Path dir) throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("vgg16");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"layers\": [ {\"name\": \"a\", }\n]}\n");
        assertFalse(picker(explorer).openFile(broken));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith(broken + ":4:"), errors.get(0));
        assertEquals("vgg16", explorer.state().spec().id());
        assertTrue(new RecentFiles(store).list().isEmpty(), "a file that cannot be read is not remembered");
    }

    @Test
    void anOpenedFileIsRememberedAmongRecentFiles(@TempDir Path dir) throws Exception {
        ExplorerViewModel explorer = ExplorerViewModelTest.open("lenet5");
        Path file = dir.resolve("small.json");
        ModelFiles.write(ModelCatalog.load("alexnet").withIdentity("mine", "My AlexNet"), file);
        NetworkPickerViewModel picker = picker(explorer);
        assertTrue(picker.openFile(file));
        assertEquals("mine", explorer.state().spec().id());
        assertEquals(List.of(file.toAbsolutePath()), new RecentFiles(store).list());
        PickerItem recent = picker(explorer).items().get(ModelCatalog.IDS.size());
        assertEquals(PickerItem.Kind.RECENT_FILE, recent.kind());
        assertEquals("small.json", recent.title());
        assertEquals(recent, picker.current());
    }

    @Test
    void recentFilesKeepTheNewestFirstAndNoMoreThanTheLimit() {
        RecentFiles recent = new RecentFiles(store);
        for (int i = 0; i < RecentFiles.LIMIT + 3; i++) {
            recent.add(Path.of("/models/m" + i + ".json"));
        }
        recent.add(Path.of("/models/m5.json"));
        assertEquals(RecentFiles.LIMIT, recent.list().size());
        assertEquals(Path.of("/models/m5.json"), recent.list().get(0));
    }
}
