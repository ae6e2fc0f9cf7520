package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.DataException;
import org.cnnexplorer.data.DatasetDownloader;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.DownloadProgress;
import org.cnnexplorer.i18n.Messages;

/**
 * {@code cnnx download DATASET [--data-dir DIR]}: fetches a data set from its official source into
 * the first writable data directory, with progress, verifying the published MD5s before use.
 */
final class DownloadCommand {

    private DownloadCommand() {
    }

    static int run(List<String> words, PrintStream out, PrintStream err) throws CliException {
        Args args = Args.parse(words, Set.of("data-dir"));
        if (args.positionals().size() != 1) {
            throw new CliException(UsageText.usage("cnnx download mnist|fashion-mnist|cifar10 [--data-dir DIR]"));
        }
        DatasetId dataset;
        try {
            dataset = DatasetId.parse(args.positionals().get(0));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        Path target = DataDirectories.standard(TrainOptions.dataDir(args)).downloadDirectory();
        out.println(Messages.text("cli.download.start", dataset.displayName(), target));
        Progress progress = new Progress(out);
        try {
            Path folder = DatasetDownloader.official().download(dataset, target, progress, () -> false);
            out.println(Messages.text("cli.download.done", folder));
            return 0;
        } catch (DataException e) {
            err.println("cnnx: " + e.getMessage());
            return 1;
        }
    }

    /** One line per file every 10 percent. */
    private static final class Progress implements java.util.function.Consumer<DownloadProgress> {
        private final PrintStream out;
        private String file = "";
        private int lastTenth = -1;

        Progress(PrintStream out) {
            this.out = out;
        }

        @Override
        public void accept(DownloadProgress p) {
            if (!p.file().equals(file)) {
                file = p.file();
                lastTenth = -1;
            }
            int tenth = p.bytesTotal() > 0 ? (int) (p.fraction() * 10) : -1;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.println("  " + Messages.text("cli.download.progress", p.file(),
                        String.format(Locale.ROOT, "%,d", p.bytesDone()),
                        p.bytesTotal() > 0 ? String.format(Locale.ROOT, "%,d", p.bytesTotal()) : "?"));
            }
        }
    }
}
