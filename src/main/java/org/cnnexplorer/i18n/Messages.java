package org.cnnexplorer.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-visible texts of the window and of {@code bin/cnnx}, one key per text, read from
 * {@code org/cnnexplorer/i18n/messages.properties} (English) and {@code messages_ko.properties}
 * (Korean), UTF-8.
 *
 * <p>A text takes arguments as {@code {0}}, {@code {1}}, ... which {@link #text(String, Object...)}
 * replaces with {@code String.valueOf(argument)}: nothing else is special (no quote rules, no
 * locale-dependent number formats), so callers format numbers with their own rules
 * ({@code io.Numbers}) before passing them. A missing key shows as {@code !key!} rather than
 * failing, and a test keeps both bundles' keys equal.
 *
 * <p>The language is process-wide: {@link #setLanguage(Language)} switches it (the window, which
 * set it, then builds its views again).
 */
public final class Messages {

    private static final String BUNDLE = "org.cnnexplorer.i18n.messages";
    private static volatile Language language = Language.fromLocale(Locale.getDefault());
    private static volatile ResourceBundle bundle = load(language);

    private Messages() {
    }

    /** The text of this key in the current language, its {@code {n}} replaced by the arguments. */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : fill(pattern, args);
    }

    /** {@code {n}} replaced by {@code String.valueOf(args[n])}; an index without argument stays. */
    static String fill(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern, i + 1, close, 10);
                if (index < args.length) {
                    out.append(args[index]);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static Language language() {
        return language;
    }

    /**
     * Switches the language of every text asked for from now on; the window follows
     * {@code MainViewModel.languageProperty()} and remakes its texts.
     */
    public static void setLanguage(Language next) {
        Objects.requireNonNull(next, "language");
        if (next == language) {
            return;
        }
        bundle = load(next);
        language = next;
    }

    static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
