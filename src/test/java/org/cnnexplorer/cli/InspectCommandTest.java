package org.cnnexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.cnnexplorer.data.TestData;
import org.cnnexplorer.io.report.DisplayWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnnx inspect}: one image of the committed MNIST fixture or a PNG through every layer. */
class InspectCommandTest {

    private static final String DATA = TestData.fixturesDir().toString();

    @Test
    void printsEveryLayersStatisticsAndTheTopFiveWithClassNames() {
        MainTest.Run run = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "0", "--data-dir", DATA,
                "--runs", "1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("lenet5: untrained: random weights\nimage: MNIST test image 0, label "),
                run.out());
        for (String layer : new String[] {"c1", "tanh1", "s2", "c5", "flatten", "f6", "output"}) {
            assertTrue(run.out().contains("\n" + layer + " "), layer + " in\n" + run.out());
        }
        assertTrue(run.out().contains("forward pass: "), run.out());
        assertTrue(run.out().matches("(?s).*\ntop-5:( {2}\\d \\d\\.\\d{4}){5}\n"), run.out());
    }

    @Test
    void theKoreanTableKeepsEveryColumnUnderItsHeading() {
        MainTest.Run run = MainTest.run("--lang", "ko", "inspect", "lenet5", "--dataset", "mnist", "--index", "0",
                "--data-dir", DATA, "--runs", "1", "--layer", "c1");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(1).startsWith("이미지: "), lines.get(1));
        String header = lines.get(2);
        String row = lines.get(3);
        assertTrue(header.startsWith("층 ") && row.startsWith("c1 "), header + "\n" + row);
        assertEquals(DisplayWidth.of(header), DisplayWidth.of(row), header + "\n" + row);
        assertTrue(lines.get(4).startsWith("순전파: "), lines.get(4));
        assertTrue(lines.get(5).startsWith("상위 5개:"), lines.get(5));
    }

    @Test
    void writesJsonForOneLayer() throws Exception {
        MainTest.Run run = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "3", "--data-dir", DATA,
                "--layer", "c1", "--format", "json", "--runs", "0");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("untrained: random weights", root.get("weights").asText());
        assertEquals(1, root.get("layers").size());
        JsonNode c1 = root.get("layers").get(0);
        assertEquals("6x28x28", c1.get("shape").asText());
        assertTrue(c1.get("min").asDouble() <= c1.get("mean").asDouble());
        assertTrue(c1.get("millis").isNull(), "no timing with --runs 0");
        assertEquals(5, root.get("top").size());
    }

    @Test
    void explainsOneConvolutionValue() {
        MainTest.Run run = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "1", "--data-dir", DATA,
                "--explain", "c3", "--pixel", "2,4,5", "--runs", "0");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("c3[c=2, y=4, x=5] = bias + sum over 6 input channel(s)"), run.out());
        assertTrue(run.out().contains("then tanh2: tanh("), run.out());
    }

    @Test
    void convertsAPngOfAnySize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("photo.png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff8040);
        ImageIO.write(image, "png", png.toFile());
        MainTest.Run run = MainTest.run("inspect", "lenet5-32", "--input", "3x32x32", "--image", png.toString(),
                "--runs", "0");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("image: resized 64x48 -> 32x32, RGB\n"), run.out());
    }

    @Test
    void anUnreadableImageIsNamed(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.png"), "not an image");
        MainTest.Run run = MainTest.run("inspect", "lenet5", "--image", text.toString());
        assertEquals(2, run.exit());
        assertEquals("cnnx: " + text + ": not a PNG or JPEG image that can be read\n", run.err());
    }

    @Test
    void anIndexPastTheTestSetIsNamed() {
        MainTest.Run run = MainTest.run("inspect", "lenet5", "--dataset", "mnist", "--index", "5000",
                "--data-dir", DATA);
        assertTrue(run.err().contains("--index 5000 is past the last of the 200 MNIST test images (0..199)"),
                run.err());
    }

    @Test
    void runsAnOnnxModelWithTheWeightsItHolds() throws Exception {
        String onnx = Path.of("src", "test", "resources", "onnx", "lenet5.onnx").toString();
        MainTest.Run first = MainTest.run("inspect", onnx, "--init", "file", "--dataset", "mnist", "--index", "0",
                "--data-dir", DATA, "--format", "json", "--runs", "0");
        assertEquals(0, first.exit(), first.err());
        JsonNode root = new ObjectMapper().readTree(first.out());
        assertEquals("weights of lenet5.onnx (its ONNX initializers)", root.get("weights").asText());
        MainTest.Run again = MainTest.run("inspect", onnx, "--init", "file", "--dataset", "mnist", "--index", "0",
                "--data-dir", DATA, "--format", "json", "--runs", "0");
        assertEquals(root.get("top"), new ObjectMapper().readTree(again.out()).get("top"), "the file's weights, twice");
    }

    @Test
    void initFileNeedsAnOnnxFileWithItsWeights() {
        MainTest.Run json = MainTest.run("inspect", "lenet5", "--init", "file", "--dataset", "mnist", "--index", "0",
                "--data-dir", DATA, "--runs", "0");
        assertEquals(2, json.exit());
        assertEquals("cnnx: --init file runs with the weights of an ONNX model file (.onnx); lenet5 has none",
                json.err().strip());
        MainTest.Run bad = MainTest.run("inspect", "lenet5", "--init", "zeros", "--dataset", "mnist", "--index", "0",
                "--data-dir", DATA, "--runs", "0");
        assertEquals("cnnx: --init must be random or file, got 'zeros'", bad.err().strip());
    }
}
