package org.cnnexplorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cnnexplorer.i18n.Language;

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
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (arg) {
                case "--network" -> network = args.get(++i);
                case "--tab" -> tab = args.get(++i).toUpperCase(Locale.ROOT);
                case "--dark" -> dark = true;
                case "--lecture" -> lecture = true;
                case "--screenshot" -> screenshot = Path.of(args.get(++i));
                case "--no-prefs" -> noPrefs = true;
                case "--run" -> run = Path.of(args.get(++i));
                case "--lesson" -> lesson = args.get(++i);
                case "--open" -> open.add(args.get(++i));
                case "--select" -> select = args.get(++i);
                case "--formula" -> formula = args.get(++i).toUpperCase(Locale.ROOT);
                case "--lang" -> {
                    String code = args.get(++i);
                    language = Language.ofCode(code).orElseThrow(() -> new IllegalArgumentException(
                            "--lang takes en or ko, not " + code));
                }
                case "--size" -> {
                    String[] parts = next.toLowerCase(Locale.ROOT).split("x");
                    width = Double.parseDouble(parts[0]);
                    height = Double.parseDouble(parts[1]);
                    i++;
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new AppOptions(network, tab, dark, lecture, width, height, screenshot, noPrefs, lesson,
                List.copyOf(open), select, formula, language, run);
    }
}
