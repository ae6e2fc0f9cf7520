package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search path: explicit directory, $CNNX_DATA_DIR, ~/.cnnexplorer/datasets, /usr/share/datasets. */
class DataDirectoriesTest {

    @TempDir
    Path tmp;

    private DataDirectories directories(Path explicit, String env) {
        Map<String, String> environment = env == null ? Map.of() : Map.of(DataDirectories.ENV_VAR, env);
        return DataDirectories.of(explicit, environment, tmp.resolve("home"), tmp.resolve("system"));
    }

    @Test
    void searchesExplicitThenEnvironmentThenUserThenSystemDirectory() {
        DataDirectories dirs = directories(tmp.resolve("flag"), tmp.resolve("env").toString());

        assertEquals(List.of(tmp.resolve("flag"), tmp.resolve("env"), tmp.resolve("home/.cnnexplorer/datasets"),
                tmp.resolve("system")), dirs.searchPath());
    }

    @Test
    void blankEnvironmentVariableAndMissingFlagAreLeftOut() {
        DataDirectories dirs = directories(null, "  ");

        assertEquals(List.of(tmp.resolve("home/.cnnexplorer/datasets"), tmp.resolve("system")),
                dirs.searchPath());
    }

    @Test
    void relativeDirectoriesAreResolvedAgainstTheWorkingDirectory() {
        DataDirectories dirs = directories(Path.of("..", "elsewhere", "datasets"), null);

        assertEquals(Path.of("").toAbsolutePath().getParent().resolve("elsewhere/datasets"), dirs.searchPath().get(0));
    }

    @Test
    void dataSetIsFoundInTheFirstDirectoryThatHasIt() {
        Fixtures.mnistFolder(tmp.resolve("env"), 1, 2);
        Fixtures.mnistFolder(tmp.resolve("home/.cnnexplorer/datasets"), 3);

        Optional<Path> found = directories(tmp.resolve("flag"), tmp.resolve("env").toString())
                .find(DatasetId.MNIST, Split.TEST);

        assertEquals(Optional.of(tmp.resolve("env/mnist")), found);
    }

    @Test
    void missingDataSetMessageListsEverySearchedFolderAndHowToGetIt() {
        DataDirectories dirs = directories(tmp.resolve("flag"), tmp.resolve("env").toString());

        String message = assertThrows(DataException.class,
                () -> Datasets.load(DatasetId.FASHION_MNIST, Split.TRAIN, dirs)).getMessage();

        for (Path dir : dirs.searchPath()) {
            assertTrue(message.contains(dir.resolve("fashion-mnist").toString()), message);
        }
        assertTrue(message.contains(tmp.resolve("system/fashion-mnist") + "  (system data sets)"), message);
        assertTrue(message.contains("bin/cnnx download fashion-mnist"), message);
        assertTrue(message.contains("apt-get install dataset-fashion-mnist"), message);
        assertTrue(message.contains("train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz"), message);
    }

    @Test
    void halfADataSetIsPresentForOneSplitOnly() {
        Fixtures.write(tmp.resolve("only/cifar-10-batches-bin/test_batch.bin"), Fixtures.cifarRecords(1));
        DataDirectories dirs = DataDirectories.only(tmp.resolve("only"));

        assertTrue(Datasets.isPresent(DatasetId.CIFAR10, Split.TEST, dirs));
        assertFalse(Datasets.isPresent(DatasetId.CIFAR10, Split.TRAIN, dirs));
        assertFalse(Datasets.isPresent(DatasetId.CIFAR10, dirs));
    }

    @Test
    void standardSearchPathEndsWithDebiansDatasetDirectory() {
        List<Path> path = DataDirectories.of(null, Map.of(), tmp).searchPath();

        assertEquals(Path.of("/usr/share/datasets"), path.get(path.size() - 1));
    }

    @Test
    void downloadsGoToTheFirstDirectoryThatIsNotTheSystemOne() {
        assertEquals(tmp.resolve("flag"), directories(tmp.resolve("flag"), null).downloadDirectory());
        assertEquals(tmp.resolve("home/.cnnexplorer/datasets"), directories(null, null).downloadDirectory());
    }
}
