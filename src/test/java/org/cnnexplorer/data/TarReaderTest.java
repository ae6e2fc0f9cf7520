package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The minimal tar reader: regular files in order, directories skipped, damage detected. */
class TarReaderTest {

    private static final Map<String, byte[]> FILES = new LinkedHashMap<>(Map.of("a.bin", new byte[700]));

    static {
        FILES.put("b.txt", "hello".getBytes());
        Arrays.fill(FILES.get("a.bin"), (byte) 7);
    }

    @Test
    void regularFilesArriveInOrderWithExactlyTheirBytes() throws Exception {
        Map<String, byte[]> seen = new LinkedHashMap<>();

        TarReader.read(new ByteArrayInputStream(TarFixture.tar("dir", FILES)), seen::put);

        assertEquals(List.of("dir/a.bin", "dir/b.txt"), List.copyOf(seen.keySet()));
        assertArrayEquals(FILES.get("a.bin"), seen.get("dir/a.bin"));
        assertArrayEquals("hello".getBytes(), seen.get("dir/b.txt"));
    }

    @Test
    void garbageIsNotATarArchive() {
        byte[] garbage = new byte[1024];
        Arrays.fill(garbage, (byte) 'x');

        IOException e = assertThrows(IOException.class,
                () -> TarReader.read(new ByteArrayInputStream(garbage), (name, content) -> { }));

        assertTrue(e.getMessage().startsWith("not a tar archive"), e.getMessage());
    }

    @Test
    void archiveCutInsideAFileSaysWhere() {
        byte[] tar = TarFixture.tar("dir", FILES);

        IOException e = assertThrows(IOException.class, () -> TarReader.read(
                new ByteArrayInputStream(Arrays.copyOf(tar, 512 + 512 + 300)), (name, content) -> { }));

        assertEquals("the archive ends inside dir/a.bin (300 of 700 bytes)", e.getMessage());
    }
}
