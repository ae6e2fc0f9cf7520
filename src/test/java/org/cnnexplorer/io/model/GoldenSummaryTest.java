package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.report.ReportFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code table} summary of every built-in, and of those that run at CIFAR-10 size, compared
 * character by character with {@code src/test/resources/golden/}. After an intended change,
 * regenerate with {@code mvn test -Dtest=GoldenSummaryTest -Dgolden.update=true} and review the diff.
 */
class GoldenSummaryTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<Arguments> summaries() {
        Stream<Arguments> own = ModelCatalog.IDS.stream().map(id -> Arguments.of(id, false));
        // ResNet-101 and -152 only at their own size: their CIFAR-size tables would add 150 kB for little
        Stream<Arguments> cifar = Stream.of("lenet5", "lenet5-32", "vgg16", "vgg19", "googlenet", "resnet18",
                        "resnet34", "resnet50", "resnext50-32x4d", "densenet121", "mobilenet-v1", "mobilenet-v2",
                        "xception", "cspdarknet53")
                .map(id -> Arguments.of(id, true));
        return Stream.concat(own, cifar);
    }

    @ParameterizedTest(name = "{0}, CIFAR size {1}")
    @MethodSource("summaries")
    void summaryTableMatchesTheGoldenFile(String id, boolean cifar) throws Exception {
        NetworkReport report = cifar ? CifarSizedInputTest.cifar(id) : NetworkAnalyzer.analyze(ModelCatalog.load(id));
        String actual = ReportFormats.table(report);
        Path golden = GOLDEN.resolve(id + (cifar ? "-3x32x32-10.txt" : ".txt"));
        if (Boolean.getBoolean("golden.update")) {
            write(golden, actual);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "summary of " + id + " differs from " + golden + " (regenerate with -Dgolden.update=true)");
    }

    private static void write(Path golden, String text) throws IOException {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
}
