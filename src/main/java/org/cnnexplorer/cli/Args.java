package org.cnnexplorer.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.core.Shape;

/** Parsed arguments: positionals, {@code --name value} / {@code --name=value} options and {@code --flag}s. */
final class Args {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Args() {
    }

    /** Parses {@code words}, accepting only the given option names (without dashes). */
    static Args parse(List<String> words, Set<String> allowed) throws CliException {
        return parse(words, allowed, Set.of());
    }

    /** As {@link #parse(List, Set)}, where the {@code flags} (also allowed) take no value: {@link #has} tells. */
    static Args parse(List<String> words, Set<String> allowed, Set<String> flags) throws CliException {
        Args args = new Args();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                args.positionals.add(word);
                continue;
            }
            String name = word.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (flags.contains(name)) {
                value = "";
            } else if (i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                throw new CliException(Messages.text("cli.args.needsValue", name));
            }
            if (!allowed.contains(name)) {
                throw new CliException(Messages.text("cli.args.unknownOption", name,
                        String.join(", --", new java.util.TreeSet<>(allowed))));
            }
            args.options.put(name, value);
        }
        return args;
    }

    List<String> positionals() {
        return positionals;
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int fallback, int minimum) throws CliException {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException e) {
            if (text.trim().matches("[0-9]+")) {
                throw new CliException(Messages.text("cli.args.intRange", name, minimum, Integer.MAX_VALUE, text));
            }
        }
        throw new CliException(Messages.text("cli.args.intMinimum", name, minimum, text));
    }

    /** A shape option, {@code CxHxW}; a vector or anything else is refused naming the option. */
    Shape shapeOption(String name, Shape fallback) throws CliException {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            Shape shape = Shape.parse(text);
            if (!shape.flat()) {
                return shape;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new CliException(Messages.text("cli.args.shape", name, text));
    }

    /** An option read by {@code parser}, whose message for a bad value gets the option's name in front. */
    <T> T parsedOption(String name, String fallback, Function<String, T> parser) throws CliException {
        try {
            return parser.apply(option(name, fallback));
        } catch (IllegalArgumentException e) {
            throw new CliException("--" + name + ": " + e.getMessage());
        }
    }

    double doubleOption(String name, double fallback) throws CliException {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException(Messages.text("cli.args.positive", name, text));
    }
}
