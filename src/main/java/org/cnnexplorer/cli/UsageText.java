package org.cnnexplorer.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.report.DisplayWidth;

/**
 * A usage text whose layout (commands, options, indents) stays in the code and whose words come from
 * the message bundles: {@code {cli.key}} is replaced by the text of that key, {@code {cli.key:9}} by
 * the text padded to 9 terminal columns, and {@code {>38}} pads the line so far to 38 columns, so that
 * descriptions after a translated word stay in their column.
 */
final class UsageText {

    private static final Pattern KEY = Pattern.compile("\\{(?:(cli\\.[\\w.-]+)(?::(\\d+))?|>(\\d+))}");

    private UsageText() {
    }

    /** The template with each {@code {key}} or {@code {key:width}} replaced by its text. */
    static String fill(String template) {
        Matcher matcher = KEY.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, "");
            if (matcher.group(3) != null) {
                String line = out.substring(out.lastIndexOf("\n") + 1);
                out.append(" ".repeat(Math.max(0, Integer.parseInt(matcher.group(3)) - DisplayWidth.of(line))));
                continue;
            }
            String text = Messages.text(matcher.group(1));
            out.append(matcher.group(2) == null ? text
                    : DisplayWidth.padRight(text, Integer.parseInt(matcher.group(2))));
        }
        return matcher.appendTail(out).toString();
    }

    /** {@code usage: SYNOPSIS} in the current language, the synopsis (command and options) as it is. */
    static String usage(String synopsis) {
        return Messages.text("cli.usage", synopsis);
    }
}
