package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnnexplorer.i18n.Messages;

/**
 * The arithmetic behind one number: the formula in symbols ({@code (k_h*k_w*C_in/g)*F + F}), the
 * same with this layer's values filled in ({@code (5*5*6/1)*16 + 16}), which evaluates exactly
 * (rationals; {@code floor}, {@code ceil}, {@code max}) to {@code value}, and an optional note.
 * {@link #text()} reads {@code params = (k_h*k_w*C_in/g)*F + F = (5*5*6/1)*16 + 16 = 2,416}.
 */
public record Formula(String name, String symbols, String numbers, long value, String note) {

    /** Sums with more terms than this are shortened in {@link #text()} (the numbers stay complete). */
    static final int SHORT_SUM = 8;

    /** The word symbols of the formulas (a whole word each) and their keys, longer phrases first. */
    private static final Map<Pattern, String> WORDS = wordKeys();

    private static Map<Pattern, String> wordKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("activation memory", "core.symbol.activationMemory");
        keys.put("bias additions", "core.symbol.biasAdditions");
        keys.put("other ops", "core.symbol.otherOps");
        for (String word : List.of("activations", "params", "buffers", "batch", "bytes", "trainable", "slots",
                "peak", "depth", "layers")) {
            keys.put(word, "core.symbol." + word);
        }
        Map<Pattern, String> patterns = new LinkedHashMap<>();
        keys.forEach((word, key) -> patterns.put(Pattern.compile("(?<![A-Za-z_])" + word + "(?![A-Za-z_])"), key));
        return Collections.unmodifiableMap(patterns);
    }

    public Formula {
        if (name == null || symbols == null || numbers == null) {
            throw new IllegalArgumentException("a formula needs a name, symbols and numbers");
        }
        note = note == null ? "" : note;
    }

    /** A formula without a note. */
    public static Formula of(String name, String symbols, String numbers, long value) {
        return new Formula(name, symbols, numbers, value, "");
    }

    /** A number taken as it is, with a note saying where it comes from. */
    static Formula given(String name, long value, String note) {
        return new Formula(name, Long.toString(value), Long.toString(value), value, note);
    }

    /** {@code name = t1 + t2 + ...} over the given terms (0 when there are none). */
    static Formula sum(String name, String symbols, List<Long> terms, long value) {
        String numbers = terms.isEmpty() ? "0"
                : String.join(" + ", terms.stream().map(t -> Long.toString(t)).toList());
        return Formula.of(name, symbols, numbers, value);
    }

    /**
     * One line: name, symbols, numbers, grouped result and the note, leaving out repeats; the word
     * symbols ({@code params}, {@code batch}, {@code bytes} ...) in the current language.
     */
    public String text() {
        StringBuilder out = new StringBuilder(words(name)).append(" = ");
        String shown = shortNumbers();
        if (!symbols.equals(numbers)) {
            out.append(words(symbols)).append(" = ");
        }
        if (!shown.equals(Long.toString(value))) {
            out.append(shown).append(" = ");
        }
        out.append(Counts.grouped(value));
        return note.isEmpty() ? out.toString() : out.append("  (").append(note).append(')').toString();
    }

    /**
     * {@code symbols} with its words ({@code activation memory = batch*C_out*H_out*W_out*bytes}) read
     * from the bundle ({@code core.symbol.*}); letters with subscripts ({@code H_out}, {@code k}) and
     * {@code MACs}/{@code FLOPs} are notation and stay.
     */
    static String words(String symbols) {
        String out = symbols;
        for (Map.Entry<Pattern, String> word : WORDS.entrySet()) {
            out = word.getKey().matcher(out).replaceAll(Matcher.quoteReplacement(Messages.text(word.getValue())));
        }
        return out;
    }

    /** A sum of plain numbers shown grouped, a long one by its first and last terms: {@code 156 + 2,416 + ...}. */
    private String shortNumbers() {
        String[] terms = numbers.split(" \\+ ");
        if (terms.length < 2 || !numbers.matches("[0-9]+( \\+ [0-9]+)*")) {
            return numbers;
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            if (terms.length <= SHORT_SUM || i < SHORT_SUM - 2 || i == terms.length - 1) {
                shown.add(Counts.grouped(Long.parseLong(terms[i])));
            } else if (i == SHORT_SUM - 2) {
                shown.add(Messages.text("calc.formula.more", terms.length - SHORT_SUM + 1));
            }
        }
        return String.join(" + ", shown);
    }
}
