package org.cnnexplorer.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.ui.app.MainWindow;

/**
 * Command-line options of the app, mostly for demos and documentation: {@code --network ID|FILE},
 * {@code --tab graph|table|charts|compare|train|inside}, {@code --dark}, {@code --lecture},
 * {@code --size 1600x1000}, {@code --lesson ID} (open the Lessons window at a lesson), {@code --open BLOCK}
 * (open a block or group of the graph; repeatable), {@code --select LAYER} (select a layer or block),
 * {@code --formula FIGURE} (the figure whose formula the panel shows: params, macs, flops, out_height,
 * rf_height, ...), {@code --lang en|ko} (the interface language for this run only; View > Language
 * remembers a choice), {@code --run RUN.cnnrun} (the Inside tab runs a saved training run with its
 * learned weights); hidden: {@code --screenshot FILE} (write the window to a PNG after it settles, then
 * quit) and {@code --no-prefs} (leave the user's preferences alone).
 */
record AppOptions(String network, String tab, boolean dark, boolean lecture, double width, double height,
                  Path screenshot, boolean noPrefs, String lesson, List<String> open, String select,
                  String formula, Language language, Path run) {

    /**
     * The options as given; a missing value, an unknown option, a size that is not {@code WxH} of
     * positive whole numbers or a language other than en/ko is an {@link IllegalArgumentException}
     * saying which, checked by {@link Launcher} before the toolkit starts.
     */
    static AppOptions parse(List<String> args) {
        String network = null;
        String tab = null;
        boolean dark = false;
        boolean lecture = false;
        double width = 1500;
        double height = 940;
        Path screenshot = null;
        boolean noPrefs = false;
        String lesson = null;
        List<String> open = new java.util.ArrayList<>();
        String select = null;
        String formula = null;
        Language language = null;
        Path run = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--network" -> network = value(args, ++i);
                case "--tab" -> tab = tab(value(args, ++i));
                case "--dark" -> dark = true;
                case "--lecture" -> lecture = true;
                case "--screenshot" -> screenshot = Path.of(value(args, ++i));
                case "--no-prefs" -> noPrefs = true;
                case "--run" -> run = Path.of(value(args, ++i));
                case "--lesson" -> lesson = value(args, ++i);
                case "--open" -> open.add(value(args, ++i));
                case "--select" -> select = value(args, ++i);
                case "--formula" -> formula = value(args, ++i).toUpperCase(Locale.ROOT);
                case "--lang" -> {
                    String code = value(args, ++i);
                    language = Language.ofCode(code).orElseThrow(() -> new IllegalArgumentException(
                            Messages.text("gui.option.lang", code)));
                }
                case "--size" -> {
                    int[] size = size(value(args, ++i));
                    width = size[0];
                    height = size[1];
                }
                default -> throw new IllegalArgumentException(Messages.text("gui.option.unknown", arg));
            }
        }
        return new AppOptions(network, tab, dark, lecture, width, height, screenshot, noPrefs, lesson,
                List.copyOf(open), select, formula, language, run);
    }

    /** The value after the option at {@code i - 1}. */
    private static String value(List<String> args, int i) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(Messages.text("gui.option.needsValue", args.get(i - 1)));
        }
        return args.get(i);
    }

    private static String tab(String name) {
        String tab = name.toUpperCase(Locale.ROOT);
        if (Arrays.stream(MainWindow.Screen.values()).noneMatch(screen -> screen.name().equals(tab))) {
            throw new IllegalArgumentException(Messages.text("gui.option.tab", name));
        }
        return tab;
    }

    /** {@code 1600x1000}: two whole numbers from 200 to 20,000. */
    private static int[] size(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                int width = Integer.parseInt(parts[0]);
                int height = Integer.parseInt(parts[1]);
                if (width >= 200 && height >= 200 && width <= 20_000 && height <= 20_000) {
                    return new int[] {width, height};
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(Messages.text("gui.option.size", text));
    }
}
