package org.cnnexplorer.io.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.cnnexplorer.io.AtomicFile;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.training.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run files on a bad day: flipped bits, killed writes, power cuts, and the data folder they record. */
class RunFilesSafetyTest {

    @TempDir
    Path dir;

    private Path run() {
        return dir.resolve("run.cnnrun");
    }

    private Path temp() {
        return dir.resolve("run.cnnrun.tmp");
    }

    private static byte[] weights() {
        byte[] bytes = new byte[64 * 1024];
        new Random(1).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aFlippedByteInTheWeightsIsReportedWithTheFileName() throws Exception {
        RunFiles.write(run(), RunFilesTest.sampleRun(true), out -> out.write(weights()));
        byte[] bytes = Files.readAllBytes(run());
        Files.write(run(), RunFileFixtures.flipped(bytes, bytes.length / 2));

        ModelFileException e = assertThrows(ModelFileException.class, () -> RunFiles.readModel(run()));
        assertEquals(run() + ": damaged run file: its model.zip entry fails its checksum (CRC), so the file "
                + "changed after it was written", e.getMessage());
        assertEquals(0.875, RunFiles.read(run()).result().testAccuracy(), "the curves are still readable");
    }

    @Test
    void aTemporaryFileLeftByAKilledWriteIsRemovedByTheNextWrite() throws Exception {
        RunFiles.write(run(), RunFilesTest.sampleRun(true), out -> out.write(weights()));
        byte[] complete = Files.readAllBytes(run());
        Files.write(temp(), Arrays.copyOf(complete, complete.length / 3));

        RunFiles.write(run(), RunFilesTest.sampleRun(false), null);

        assertFalse(Files.exists(temp()));
        assertNull(RunFiles.read(run()).result());
    }

    @Test
    void leftoversOfKilledWritesAreRecognisedBeforeAnyWrite() throws Exception {
        Files.write(temp(), new byte[0]);
        assertTrue(RunFiles.removeInterruptedWrite(run()), "killed before the first byte reached the disk");
        assertFalse(Files.exists(temp()));
        RunFiles.write(dir.resolve("other.cnnrun"), RunFilesTest.sampleRun(true), null);
        byte[] other = Files.readAllBytes(dir.resolve("other.cnnrun"));
        Files.write(temp(), Arrays.copyOf(other, 200));
        assertTrue(RunFiles.removeInterruptedWrite(run()), "killed half way");
        assertFalse(RunFiles.removeInterruptedWrite(run()), "nothing left to remove");
    }

    @Test
    void aFileOfTheUserThatHasTheTemporaryNameIsNeverTouched() throws Exception {
        Files.writeString(temp(), "my notes");

        assertFalse(RunFiles.removeInterruptedWrite(run()));
        IOException e = assertThrows(IOException.class, () -> RunFiles.write(run(), RunFilesTest.sampleRun(true),
                null));

        assertEquals(temp() + " is in the way: it was not written by CNN Explorer; move or delete it",
                e.getMessage());
        assertEquals("my notes", Files.readString(temp()));
        assertFalse(Files.exists(run()));
    }

    @Test
    void theNewFileIsOnTheDiskBeforeItReplacesTheOldAndTheRenameIsSyncedAfter() throws Exception {
        RunFiles.write(run(), RunFilesTest.sampleRun(true), null);
        byte[] old = Files.readAllBytes(run());
        List<String> steps = new ArrayList<>();
        AtomicFile.Disk recording = new AtomicFile.Disk() {
            @Override
            public void force(FileChannel channel) throws IOException {
                steps.add("sync file of " + channel.size() + " bytes, old file "
                        + (Arrays.equals(old, Files.readAllBytes(run())) ? "in place" : "replaced"));
            }

            @Override
            public void forceDirectory(Path directory) throws IOException {
                steps.add("sync " + (directory.equals(dir.toAbsolutePath()) ? "its directory" : directory)
                        + ", temporary file " + (Files.exists(temp()) ? "still there" : "renamed"));
            }
        };

        RunFiles.write(run(), RunFilesTest.sampleRun(false), out -> out.write(weights()), recording);

        long size = Files.size(run());
        assertEquals(List.of("sync file of " + size + " bytes, old file in place",
                "sync its directory, temporary file renamed"), steps);
    }

    @Test
    void theDataFolderARunReadIsSavedWithIt() throws Exception {
        TrainingRun sample = RunFilesTest.sampleRun(true);
        Path folder = Path.of("/data/sets/fashion-mnist");
        TrainingRun run = new TrainingRun(sample.spec(), sample.settings(), sample.losses(), sample.epochs(),
                sample.result(), sample.savedAt(), folder);
        RunFiles.write(run(), run, null);
        assertEquals(folder, RunFiles.read(run()).dataFolder());
    }

    @Test
    void runsSavedBeforeTheDataFolderWasRecordedHaveNone() throws Exception {
        RunFiles.write(run(), RunFilesTest.sampleRun(true), null);
        RunFileFixtures.editRunJson(run(), ",\n  \"dataFolder\" : null", "");
        assertNull(RunFiles.read(run()).dataFolder());
    }
}
