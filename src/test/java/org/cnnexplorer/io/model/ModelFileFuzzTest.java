package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.DType;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Totals;
import org.cnnexplorer.io.report.ReportFormats;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Mutates the built-in model files at random (numbers swapped for hostile values, fields removed,
 * values of the wrong kind, arrays cut or repeated, text cut or garbled) and asserts for every
 * mutant: either one clean line naming the file, or a report whose every figure is a true count
 * (nothing negative, nothing wrapped), all within a time limit. The seed is fixed; the count is
 * {@code -Dfuzz.count=N} (default 60 mutants per model; {@code mvn test -Pfuzz -Dtest=ModelFileFuzzTest} runs 2,000).
 */
class ModelFileFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int COUNT = Integer.getInteger("fuzz.count", 60);
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values a hostile or careless author writes where a number belongs. */
    private static final List<JsonNode> HOSTILE_NUMBERS = List.of(
            num(0), num(-1), num(1), num(2), num(Integer.MAX_VALUE), num(Integer.MAX_VALUE + 1L),
            num(4294967299L), num((1L << 32) + 3), num(Long.MAX_VALUE), num(1_000_000_000L), num(100_000),
            JsonNodeFactory.instance.numberNode(new BigInteger("9223372036854775808")),
            JsonNodeFactory.instance.numberNode(new BigDecimal("1e400")),
            JsonNodeFactory.instance.numberNode(new BigDecimal("-1e400")),
            JsonNodeFactory.instance.numberNode(10.5), JsonNodeFactory.instance.numberNode(1.0),
            JsonNodeFactory.instance.numberNode(1e-300));

    private static final List<String> HOSTILE_SHAPES = List.of("3x100000x100000", "2147483647x2x2",
            "1x1x1", "3x65536x65536", "0x0x0", "3x28", "big", "1x2147483647x2147483647");

    @TestFactory
    Stream<DynamicTest> everyMutantOfEveryBuiltInIsRefusedCleanlyOrCountedTruly() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Random random = new Random(SEED);
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String original = Files.readString(file, StandardCharsets.UTF_8);
                JsonNode tree = JSON.readTree(original);
                String name = file.getFileName().toString();
                List<String> mutants = new ArrayList<>();
                for (int i = 0; i < COUNT; i++) {
                    mutants.add(mutate(original, tree, random));
                }
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    for (int i = 0; i < mutants.size(); i++) {
                        String mutant = mutants.get(i);
                        int index = i;
                        assertTimeoutPreemptively(LIMIT, () -> check(mutant, name + "#" + index),
                                () -> name + " mutant " + index + " took over " + LIMIT.toSeconds() + " s:\n"
                                        + abbreviate(mutant));
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static void check(String mutant, String fileName) {
        NetworkSpec spec;
        try {
            spec = ModelFiles.parse(mutant, fileName);
        } catch (ModelFileException e) {
            assertCleanMessage(e.getMessage(), fileName, mutant);
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("reading threw " + e + " for:\n" + abbreviate(mutant), e);
        }
        for (AnalysisSettings settings : settingsFor(spec)) {
            NetworkReport report;
            try {
                report = NetworkAnalyzer.analyze(spec, settings);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError("analysis threw " + e + " for:\n" + abbreviate(mutant), e);
            }
            assertTrueCounts(report, mutant);
            String json = ReportFormats.json(report);
            ReportFormats.table(report);
            ReportFormats.csv(report);
            ReportFormats.markdown(report);
            assertNoNegativeNumber(json, mutant);
        }
    }

    private static List<AnalysisSettings> settingsFor(NetworkSpec spec) {
        AnalysisSettings defaults = AnalysisSettings.defaultsFor(spec);
        return List.of(defaults, defaults.withBatch(Integer.MAX_VALUE).withDtype(DType.FLOAT32)
                .withOptimizer(Optimizer.ADAM));
    }

    private static void assertCleanMessage(String message, String fileName, String mutant) {
        String context = "message '" + message + "' for:\n" + abbreviate(mutant);
        assertTrue(message != null && message.startsWith(fileName), "names the file: " + context);
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + context);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no exception text: " + context);
        assertFalse(message.chars().anyMatch(c -> c < 0x20 && c != '\t'), "no control characters: " + context);
    }

    private static void assertTrueCounts(NetworkReport report, String mutant) {
        for (LayerReport layer : report.layers()) {
            String where = layer.name() + " in:\n" + abbreviate(mutant);
            assertTrue(layer.params() >= 0 && layer.macs() >= 0 && layer.otherOps() >= 0 && layer.buffers() >= 0
                    && layer.activationElements() >= 0, "no negative count at " + where);
            if (layer.output() != null) {
                assertTrue(layer.output().channels() > 0 && layer.output().height() > 0
                        && layer.output().width() > 0, "a positive output shape at " + where);
            }
        }
        Totals t = report.totals();
        assertTrue(t.params() >= 0 && t.trainableParams() >= 0 && t.buffers() >= 0 && t.macs() >= 0
                && t.otherOps() >= 0 && t.activationElements() >= 0 && t.peakActivationElements() >= 0
                && t.paramBytes() >= 0 && t.bufferBytes() >= 0 && t.inferenceBytes() >= 0
                && t.trainingBytes() >= 0 && t.flops() >= 0 && t.nonTrainableParams() >= 0,
                "no negative total: " + t + " for:\n" + abbreviate(mutant));
    }

    private static void assertNoNegativeNumber(String json, String mutant) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("the JSON report does not parse: " + e.getMessage(), e);
        }
        walk(tree, "$", (path, node) -> {
            if (node.isNumber() && node.decimalValue().signum() < 0) {
                fail("negative figure at " + path + " = " + node + " for:\n" + abbreviate(mutant));
            }
        });
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        visitor.visit(path, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path + "." + e.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    // ---- mutation -------------------------------------------------------------------------

    private static String mutate(String original, JsonNode tree, Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return original.substring(0, random.nextInt(original.length()));
        }
        if (kind == 1) {
            int at = random.nextInt(original.length());
            String garbage = List.of("}", "]", ",", "\"", "null", "\u0000", "\u001b[31m", "\n", "x", "{}")
                    .get(random.nextInt(10));
            return original.substring(0, at) + garbage + original.substring(at);
        }
        JsonNode copy = tree.deepCopy();
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            copy = mutateTree(copy, random);
        }
        return copy.toString();
    }

    private static JsonNode mutateTree(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        walk(root, "$", (path, node) -> {
            if (node.isContainerNode()) {
                containers.add(node);
            }
        });
        if (containers.isEmpty()) {
            return root; // the document is already null or a plain value
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String field = names.get(random.nextInt(names.size()));
            mutateField(object, field, random);
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> array.remove(index);
                case 1 -> array.insert(index, array.get(index).deepCopy());
                case 2 -> array.set(index, JsonNodeFactory.instance.nullNode());
                default -> array.set(index, wrongKind(random));
            }
        }
        return random.nextInt(200) == 0 ? JsonNodeFactory.instance.nullNode() : root;
    }

    private static void mutateField(ObjectNode object, String field, Random random) {
        JsonNode value = object.get(field);
        int choice = random.nextInt(10);
        if (value.isNumber() || choice < 3) {
            object.set(field, HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size())));
        } else if ("input".equals(field) || choice == 3) {
            object.put(field, HOSTILE_SHAPES.get(random.nextInt(HOSTILE_SHAPES.size())));
        } else if (choice == 4) {
            object.remove(field);
        } else if (choice == 5 && value.isTextual()) {
            object.put(field, value.asText() + List.of("\n2", "\u001b[0m", "\u0007", "", "é")
                    .get(random.nextInt(5)));
        } else {
            object.set(field, wrongKind(random));
        }
    }

    private static JsonNode wrongKind(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(6)) {
            case 0 -> f.nullNode();
            case 1 -> f.textNode("x");
            case 2 -> f.arrayNode();
            case 3 -> f.objectNode();
            case 4 -> f.booleanNode(true);
            default -> HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size()));
        };
    }

    private static JsonNode num(long value) {
        return JsonNodeFactory.instance.numberNode(value);
    }

    private static String abbreviate(String text) {
        return text.length() <= 3000 ? text : text.substring(0, 3000) + "...";
    }
}
