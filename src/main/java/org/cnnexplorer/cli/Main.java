package org.cnnexplorer.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;

/** Entry point of {@code bin/cnnx}. Bad input ends with a one-line message and exit code 2. */
public final class Main {

    /** The usage text; {@code {key}} are its words, see {@link UsageText}. */
    private static final String USAGE = """
            {cli.usage.head}
              models                              {cli.usage.models}
              summary MODEL_OR_FILE [{cli.usage.optionsWord}]{>38}{cli.usage.summary}
              compare MODEL_OR_FILE... [{cli.usage.optionsWord}]{>38}{cli.usage.compare}
            {cli.usage.options:8} --input CxHxW  --classes N  --batch N  --dtype float32|float16
                     --optimizer sgd|momentum|adam  --format table|json|csv|markdown
                     --flops ({cli.usage.flops})  --count-bias ({cli.usage.countBias})
                     --fold-bn ({cli.usage.foldBn})
                     {cli.usage.summaryOnly} --explain LAYER|BLOCK|totals ({cli.usage.explain})
            """;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        int exit = run(Arrays.asList(args), out, err);
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /**
     * Standard output in UTF-8 whatever the locale says (Korean texts would print as {@code ?} under
     * {@code LANG=C} otherwise), flushed at every line as {@code System.out} is.
     */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd)), true, StandardCharsets.UTF_8);
    }

    /**
     * Runs one command and returns its exit code; never throws for user input. {@code --lang en|ko}
     * anywhere in the arguments chooses the language of the texts for this command (default: the
     * system's, {@code LANG}).
     */
    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        Language before = Messages.language();
        try {
            takeLanguage(args);
            return runCommand(args, out, err);
        } catch (CliException e) {
            err.println("cnnx: " + Printable.of(e.getMessage()));
            return 2;
        } finally {
            Messages.setLanguage(before);
        }
    }

    /** Removes each {@code --lang CODE} from the arguments and switches to its language. */
    private static void takeLanguage(List<String> args) throws CliException {
        for (int at = args.indexOf("--lang"); at >= 0; at = args.indexOf("--lang")) {
            if (at + 1 >= args.size()) {
                throw new CliException(Messages.text("cli.lang.missing"));
            }
            String code = args.get(at + 1);
            args.subList(at, at + 2).clear();
            Messages.setLanguage(Language.ofCode(code)
                    .orElseThrow(() -> new CliException(Messages.text("cli.lang.unknown", code))));
        }
    }

    private static int runCommand(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            out.print(UsageText.fill(USAGE) + "         " + Messages.text("cli.scaling.usage") + "\n"
                    + Commands.extraUsage());
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "models" -> ModelsCommand.run(out);
                case "summary" -> SummaryCommand.run(rest, out, err);
                case "compare" -> CompareCommand.run(rest, out, err);
                default -> Commands.runExtra(args.get(0), rest, out, err);
            };
        } catch (CliException e) {
            err.println("cnnx: " + Printable.of(e.getMessage()));
            return 2;
        } catch (RuntimeException e) {
            return internalError(e, err);
        }
    }

    /**
     * The last resort: an input that the checks missed must still end in one line, not a stack trace
     * (set CNNX_DEBUG=1 to get the trace).
     */
    private static int internalError(RuntimeException e, PrintStream err) {
        if (System.getenv("CNNX_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.println("cnnx: " + Messages.text("cli.internalError",
                Printable.of(e.getClass().getSimpleName() + ": " + e.getMessage())));
        return 2;
    }
}
