package org.cnnexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cnnexplorer.i18n.InKorean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** In Korean a data error still names the file and the command that fixes it; the rest is Korean. */
@ExtendWith(InKorean.class)
class DataKoreanMessagesTest {

    @TempDir
    Path dir;


    @Test
    void cutIdxHeaderIsReportedWithTheDownloadCommand() throws IOException {
        Path mnist = TestData.copyFixture(DatasetId.MNIST, dir);
        Path labels = mnist.resolve("t10k-labels-idx1-ubyte.gz");
        Files.write(labels, new byte[0]);

        String message = assertThrows(DataException.class,
                () -> Datasets.read(DatasetId.MNIST, Split.TEST, mnist)).getMessage();

        assertEquals(labels + ": 빈 파일입니다 (gzip 데이터여야 합니다)", message);
    }

    @Test
    void missingDataSetListsThePlacesSearchedAndHowToGetIt() {
        Path home = dir.resolve("home");
        Path system = dir.resolve("system");
        DataDirectories places = DataDirectories.of(null, Map.of(), home, system);

        String message = assertThrows(DataException.class,
                () -> Datasets.load(DatasetId.MNIST, Split.TEST, places)).getMessage();

        assertEquals("MNIST (test)을(를) 찾을 수 없습니다. 다음 위치에서 "
                + "t10k-images-idx3-ubyte.gz 및 t10k-labels-idx1-ubyte.gz을(를) 찾아보았습니다:\n"
                + "  " + home.resolve(".cnnexplorer/datasets/mnist") + "  (사용자 데이터 폴더)\n"
                + "  " + system.resolve("mnist") + "  (시스템 데이터 세트)\n"
                + "받는 방법: bin/cnnx download mnist\n"
                + "다른 곳에 있는 사본을 쓰려면: --data-dir DIR 또는 CNNX_DATA_DIR=DIR로 지정하고 파일을 DIR/mnist/에 두세요",
                message);
    }
}
