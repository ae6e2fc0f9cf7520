package org.cnnexplorer.lessons.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

/**
 * IoU, NMS and AP of the detection lesson: IoU and NMS against torchvision 0.14's {@code box_iou}
 * and {@code nms} on the same boxes (src/test/resources/lessons/detection.ref.json, written by
 * scripts/detection_reference.py), AP against hand computation.
 */
class DetectionTest {

    private static JsonNode reference() throws IOException {
        try (InputStream in = DetectionTest.class.getResourceAsStream("/lessons/detection.ref.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void iouOfTheWorkedPairEqualsTorchvision() throws IOException {
        List<Box> pair = DetectionDemo.iouPair();
        Iou iou = Iou.of(pair.get(0), pair.get(1));
        assertEquals(reference().get("iouPair").asDouble(), iou.value(), 1e-12);
        assertEquals(List.of("area a = 6 * 6 = 36", "area b = 6 * 6 = 36",
                "intersection (4, 5, 8, 8), area 4 * 3 = 12", "union = 36 + 36 - 12 = 60", "IoU = 12 / 60 = 0.2000"),
                iou.steps());
    }

    @Test
    void pairwiseIouEqualsTorchvisionsBoxIou() throws IOException {
        JsonNode matrix = reference().get("pairwiseIou");
        List<NonMaxSuppression.Scored> boxes = DetectionDemo.nmsBoxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = 0; j < boxes.size(); j++) {
                assertEquals(matrix.get(i).get(j).asDouble(), Iou.of(boxes.get(i).box(), boxes.get(j).box()).value(),
                        1e-12, i + "," + j);
            }
        }
    }

    @Test
    void nmsKeepsWhatTorchvisionKeepsAtEveryThreshold() throws IOException {
        JsonNode kept = reference().get("nmsKept");
        assertTrue(kept.size() >= 5);
        for (Map.Entry<String, JsonNode> entry : iterable(kept)) {
            List<Integer> expected = StreamSupport.stream(entry.getValue().spliterator(), false)
                    .map(JsonNode::asInt).toList();
            assertEquals(expected, NonMaxSuppression.run(DetectionDemo.nmsBoxes(),
                    Double.parseDouble(entry.getKey())).kept(), "threshold " + entry.getKey());
        }
    }

    @Test
    void nmsStepsNameTheSuppressedBoxesWithTheirIou() {
        NonMaxSuppression nms = NonMaxSuppression.run(DetectionDemo.nmsBoxes(), 0.5);
        assertEquals(0, nms.steps().get(0).kept());
        assertEquals(List.of(1, 3), nms.steps().get(0).suppressed().stream().map(NonMaxSuppression.Suppressed::index)
                .toList());
        assertEquals(0.7467, nms.steps().get(0).suppressed().get(0).iou(), 1e-4);
        assertEquals(List.of(4), nms.steps().get(1).suppressed().stream().map(NonMaxSuppression.Suppressed::index)
                .toList());
    }

    @Test
    void averagePrecisionOfTheWorkedClassesByHand() {
        // class 0: TP FP TP FP TP over 3 truths; precision envelope 1, 2/3, 2/3, 3/5, 3/5
        // AP = 1/3 * 1 + 1/3 * 2/3 + 1/3 * 3/5 = 34/45
        AveragePrecision first = AveragePrecision.of(DetectionDemo.detections().get(0), DetectionDemo.truths().get(0),
                0.5);
        assertEquals(List.of(true, false, true, false, true),
                first.points().stream().map(AveragePrecision.Point::truePositive).toList());
        assertEquals(34.0 / 45, first.value(), 1e-12);
        // class 1: TP FP TP over 2 truths: AP = 1/2 * 1 + 1/2 * 2/3 = 5/6
        AveragePrecision second = AveragePrecision.of(DetectionDemo.detections().get(1),
                DetectionDemo.truths().get(1), 0.5);
        assertEquals(5.0 / 6, second.value(), 1e-12);
        assertEquals((34.0 / 45 + 5.0 / 6) / 2, AveragePrecision.mean(List.of(first, second)), 1e-12);
    }

    @Test
    void aDuplicateDetectionOfAMatchedTruthIsAFalsePositive() {
        Box truth = new Box(0, 0, 10, 10);
        AveragePrecision ap = AveragePrecision.of(List.of(new AveragePrecision.Detection(0, truth, 0.9),
                new AveragePrecision.Detection(0, truth, 0.8)), List.of(new AveragePrecision.Truth(0, truth)), 0.5);
        assertEquals(List.of(true, false), ap.points().stream().map(AveragePrecision.Point::truePositive).toList());
        assertEquals(1.0, ap.value(), 1e-12);
    }

    @Test
    void impossibleBoxesAndThresholdsAreRefusedWithTheReason() {
        assertEquals("a box needs x1 <= x2 and y1 <= y2, got (5, 0, 1, 3)",
                assertThrows(IllegalArgumentException.class, () -> new Box(5, 0, 1, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Box(Double.NaN, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> NonMaxSuppression.run(List.of(), 1.5));
        assertThrows(IllegalArgumentException.class, () -> AveragePrecision.of(List.of(), List.of(), 0.5));
        assertEquals(0.0, Iou.of(new Box(0, 0, 0, 0), new Box(0, 0, 0, 0)).value());
    }

    @Test
    void theWorkedExampleReadsAsText() {
        List<String> lines = DetectionDemo.lines();
        assertTrue(lines.contains("  IoU = 12 / 60 = 0.2000"), lines.toString());
        assertTrue(lines.contains("  keep box 0, drop box 1 (IoU 0.747), drop box 3 (IoU 0.621)"), lines.toString());
        assertEquals("mAP over 2 classes = 0.7944", lines.get(lines.size() - 1));
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
