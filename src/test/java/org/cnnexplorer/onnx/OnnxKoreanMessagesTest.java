package org.cnnexplorer.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import onnx.Onnx;
import org.cnnexplorer.i18n.InKorean;
import org.cnnexplorer.io.model.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In Korean an ONNX refusal keeps the file, node and op names and says the rest in Korean. */
@ExtendWith(InKorean.class)
class OnnxKoreanMessagesTest {

    @Test
    void aMissingInputTensorIsNamedInKorean() throws Exception {
        Onnx.ModelProto lenet = Onnx.ModelProto.parseFrom(
                Files.readAllBytes(OnnxImportTest.FIXTURES.resolve("lenet5.onnx")));
        Onnx.GraphProto.Builder graph = lenet.getGraph().toBuilder();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            if (graph.getNode(i).getName().equals("/Tanh")) {
                graph.setNode(i, graph.getNode(i).toBuilder().setInput(0, "nowhere"));
            }
        }
        byte[] bytes = lenet.toBuilder().setGraph(graph).build().toByteArray();

        String message = assertThrows(ModelFileException.class,
                () -> OnnxModelReader.read(bytes, "bad.onnx")).getMessage();

        assertEquals("bad.onnx: 노드 /Tanh: 연산 Tanh: 'nowhere'을(를) 읽지만 어떤 노드, 그래프 입력, 초기값도 "
                + "이를 제공하지 않습니다 (초기값이 빠졌나요?)", message);
    }

    @Test
    void anEmptyFileIsNamedInKorean() {
        String message = assertThrows(ModelFileException.class,
                () -> OnnxModelReader.read(new byte[0], "bad.onnx")).getMessage();

        assertEquals("bad.onnx: 파일이 비어 있습니다. ONNX 모델이어야 합니다", message);
    }
}
