package org.cnnexplorer.ui.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.io.model.ModelCatalog;

/**
 * What may stay in Latin letters on a Korean screen (docs/glossary.md: layer kinds, ids, units,
 * shapes and the names of networks, papers and data sets stay in English), in one place: a text
 * with Hangul passes; a text without Hangul passes only when every word with a letter in it is
 * one of these. Everything else is an untranslated text.
 */
final class KoreanTextRules {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    /** A word: letters, digits and the marks that hold ids, shapes and numbers together. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+\\-/']*");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    /** Units, formats, data sets, papers' notation and keys, as they are written in Korean texts too. */
    private static final Set<String> WORDS = Set.of(
            "MACs", "MAC", "FLOPs", "FLOP", "GFLOP/s", "MiB", "GiB", "KiB", "B", "K", "M", "G", "T", "ms", "s",
            "MB", "GB", "KB", "RF", "ETA", "k", "English",
            "ONNX", "CSV", "PNG", "SVG", "JSON", "JPEG", "Markdown", "MNIST", "Fashion-MNIST", "CIFAR-10",
            "ImageNet", "JVM", "SE", "MBConv", "dw", "exp", "Grad-CAM", "ReLU", "ReLU6", "Ctrl", "Shift", "Insert",
            "Delete", "F1", "F5", "F11", "Shift+F5", "Ctrl+Shift+D", "x", "CNN", "Explorer", "PyTorch", "torchvision",
            "float32", "float16", "bfloat16", "int8", "float64",
            "adam", "sgd", "rmsprop", "adamw", "nesterov", "constant", "cosine", "step",
            "he", "bias", "same", "p", "avgpool", "maxpool", "pool", "conv", "fc", "INVALID",
            // formula notation (core.Formula): functions, and in/out of adaptive pooling
            "floor", "ceil", "max", "in/out");

    /** Words of the shapes and settings notation: 3x224x224, 7x7, s2, g32, k3, p1, d2, 1.6x, v2, b0, MBConv6. */
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\d+(x\\d+)+"), Pattern.compile("[sgkpdv]\\d+"), Pattern.compile("b\\d"),
            Pattern.compile("x\\d+(\\.\\d+)?"), Pattern.compile("\\d+(\\.\\d+)?[KMGT]?i?B?"),
            Pattern.compile("[A-Za-z][A-Za-z0-9]*-\\d+[a-z]?"), Pattern.compile("\\d+x\\d+/\\d+"),
            Pattern.compile("\\d+(\\.\\d+)?x"), Pattern.compile("MBConv\\d+"),
            // formula symbols: one letter (k, s, d, F) or a letter with a subscript (H_out, J_in, RF_h, k_h)
            Pattern.compile("[A-Za-z]"), Pattern.compile("[A-Za-z]+_[A-Za-z0-9]+"));

    private final Set<String> names = new HashSet<>();
    /** The built-ins' names, variants, sources and family headings: data of the model files, in English. */
    private final List<String> catalogTexts = new ArrayList<>();

    /** The rules with the built-in networks' ids and names, every layer kind's id, and {@code layerNames}. */
    KoreanTextRules(Iterable<String> layerNames) {
        for (ModelCatalog.Entry entry : ModelCatalog.builtIns()) {
            names.add(entry.id());
            catalogTexts.addAll(List.of(entry.name(), entry.variant(), entry.source(), entry.place().label()));
            names.addAll(List.of(entry.name().split(" ")));
        }
        for (LayerKind kind : LayerKind.values()) {
            names.add(kind.id());
        }
        for (String name : layerNames) {
            for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
                names.add(name.substring(0, dot));
            }
            names.add(name);
            names.addAll(List.of(name.split("[.]")));
        }
    }

    /** The words of {@code text} that are neither Korean nor allowed; empty when the text passes. */
    List<String> untranslatedWords(String text) {
        List<String> words = new ArrayList<>();
        if (HANGUL.matcher(text).find() || isCatalogText(text)) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().replaceAll("[.'\\-]+$", "");
            if (LETTER.matcher(word).find() && !allowed(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** A model file's text, whole or cut short with "..." where a list cell is too narrow. */
    private boolean isCatalogText(String text) {
        String shown = text.strip();
        String start = shown.endsWith("...") ? shown.substring(0, shown.length() - 3) : shown;
        return !start.isEmpty() && catalogTexts.stream().anyMatch(t -> t != null
                && (t.equals(shown) || shown.endsWith("...") && t.startsWith(start)));
    }

    private boolean allowed(String word) {
        return WORDS.contains(word) || names.contains(word) || PATTERNS.stream().anyMatch(p -> p.matcher(word)
                .matches());
    }
}
