package org.cnnexplorer.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Asserts that a Korean text has no English words left: outside option names ({@code --input}),
 * placeholders ({@code MODEL_OR_FILE}), shapes, numbers, units and the names that stay English in both
 * languages (glossary.md: ids, layer names, networks, abbreviations), every word is Hangul.
 */
public final class NoEnglishLeft {

    /** Words that stay as they are in Korean texts (glossary.md: units, abbreviations, names). */
    private static final Set<String> KEPT = Set.of("MACs", "MAC", "FLOPs", "KiB", "MiB", "GiB", "JSON", "CSV",
            "ONNX", "PNG", "README", "IoU", "AP", "mAP", "NMS", "TP", "FP", "ReLU", "VGG", "VGG16", "GoogLeNet",
            "ResNet", "MNIST", "INFO", "opset", "Grad-CAM", "CNN", "Explorer", "Benchmarks", "bottleneck",
            "dF", "dx");

    private static final Pattern OPTION = Pattern.compile("--[A-Za-z][\\w-]*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'_.-]*[A-Za-z0-9]|[A-Za-z]{2,}");

    private NoEnglishLeft() {
    }

    /**
     * Fails listing the English words of {@code text} that are neither kept nor {@code allowed} (ids,
     * commands, option values, layer names of this text); also fails when the text has no Hangul.
     */
    public static void assertKorean(String text, Set<String> allowed) {
        assertTrue(text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), "no Hangul in: " + text);
        assertNoEnglish(text, allowed);
    }

    public static void assertKorean(String text, String... allowed) {
        assertKorean(text, Set.of(allowed));
    }

    /** As {@link #assertKorean(String, Set)} for a text that may be only names and numbers (no Hangul). */
    public static void assertNoEnglish(String text, Set<String> allowed) {
        List<String> left = englishWords(text, allowed);
        assertTrue(left.isEmpty(), "English words " + left + " left in:\n" + text);
    }

    /** The words of {@code text} that read as English. */
    public static List<String> englishWords(String text, Set<String> allowed) {
        String rest = OPTION.matcher(text).replaceAll(" ");
        List<String> left = new ArrayList<>();
        Matcher words = WORD.matcher(rest);
        while (words.find()) {
            String word = words.group();
            if (!isKept(word) && !allowed.contains(word)) {
                left.add(word);
            }
        }
        return left;
    }

    private static boolean isKept(String word) {
        return KEPT.contains(word)
                || word.matches("[A-Z][A-Z0-9_]*")             // placeholders: MODEL_OR_FILE, CxHxW's parts, RF
                || word.matches("[0-9]*x[0-9]+(x[0-9]+)?")      // shapes
                || word.matches("[A-Za-z]+[0-9]+([xX_][0-9]+)*") // ids with numbers: conv1, float32, conv3x3_1
                || word.matches("[A-Z]x[A-Z](x[A-Z])?")         // CxHxW, HxW
                || Stream.of("k", "C").anyMatch(word::equals);
    }
}
