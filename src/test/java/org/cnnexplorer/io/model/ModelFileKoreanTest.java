package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cnnexplorer.i18n.InKorean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In Korean a model-file error keeps its place (file, line, column, JSON path, layer) and says the rest in Korean. */
@ExtendWith(InKorean.class)
class ModelFileKoreanTest {

    private static final String HEAD = "{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [\n";


    private static String layerError(String layer) {
        String json = HEAD + "  " + layer + "\n]}";
        return assertThrows(ModelFileException.class, () -> ModelFiles.parse(json, "net.json")).getMessage();
    }

    @Test
    void outOfRangeFieldSaysWhatWasExpectedInKorean() {
        assertEquals("net.json:2:3: $.layers[0] \"a\": 'filters' 값은 1 이상의 정수이어야 합니다. 받은 값: \"64\"",
                layerError("{\"name\": \"a\", \"type\": \"conv2d\", \"filters\": \"64\", \"kernel\": 3}"));
    }

    @Test
    void misspeltFieldIsNamedWithTheClosestKnownOne() {
        assertEquals("net.json:2:3: $.layers[0] \"a\": 알 수 없는 필드 'strid'입니다 (유형 maxpool). "
                + "알려진 필드: ceil, comment, inputs, kernel, name, padding, stride, trainable, type, widthFloor (혹시 'stride'인가요?)",
                layerError("{\"name\": \"a\", \"type\": \"maxpool\", \"kernel\": 2, \"strid\": 2}"));
    }

    @Test
    void missingFileIsNamedInKorean() {
        assertEquals("nowhere.json: 파일이 없습니다", assertThrows(ModelFileException.class,
                () -> ModelFiles.read(java.nio.file.Path.of("nowhere.json"))).getMessage());
    }
}
