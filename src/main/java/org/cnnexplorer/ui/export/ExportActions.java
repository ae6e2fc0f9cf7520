package org.cnnexplorer.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.SyncedFiles;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.io.report.ReportFormats;
import org.cnnexplorer.onnx.OnnxWeights;
import org.cnnexplorer.onnx.OnnxWriter;
import org.cnnexplorer.onnx.WeightSource;
import org.cnnexplorer.training.TrainedNetwork;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.ui.common.Background;
import org.cnnexplorer.ui.common.Notifier;
import org.cnnexplorer.ui.graph.GraphView;
import org.cnnexplorer.ui.graph.layout.GraphPicture;

/**
 * The export commands: each asks for a file, writes it, and reports a failure in a dialog
 * without losing anything. {@code chooser} is replaceable so tests can write without a dialog.
 */
public final class ExportActions {

    /** Asks where to save: a title, a suggested file name and the extension; null when cancelled. */
    public interface FileTarget {
        Path choose(String title, String suggestedName, String extension);
    }

    /** Writes a file (may throw). */
    private interface Writer {
        void write(Path file) throws IOException;
    }

    private final Notifier notifier;
    private FileTarget target;

    public ExportActions(Window owner, Notifier notifier) {
        this.notifier = notifier;
        this.target = (title, name, extension) -> dialog(owner, title, name, extension);
    }

    public void setFileTarget(FileTarget newTarget) {
        this.target = newTarget;
    }

    /** True when the file was written (not cancelled, no error). */
    public boolean modelJson(NetworkSpec spec) {
        return modelJsonAs(spec) != null;
    }

    /** Asks for a model file and writes the network there; the file, or null when cancelled or failed. */
    public Path modelJsonAs(NetworkSpec spec) {
        Path file = target.choose(Messages.text("export.save-model"), spec.id() + ".json", "json");
        return file != null && modelJson(spec, file) ? file : null;
    }

    /** Writes the network to {@code file} without asking; false (reported in a dialog) when that fails. */
    public boolean modelJson(NetworkSpec spec, Path file) {
        return write(Messages.text("export.save-model"), file, f -> ModelFiles.write(spec, f));
    }

    public void tableCsv(NetworkReport report) {
        save(Messages.text("export.table-csv"), report.spec().id() + ".csv", "csv", file -> text(file,
                ReportFormats.csv(report)));
    }

    public void tableMarkdown(NetworkReport report) {
        save(Messages.text("export.table-markdown"), report.spec().id() + ".md", "md",
                file -> text(file, ReportFormats.markdown(report)));
    }

    public void graphSvg(GraphPicture picture, String name) {
        save(Messages.text("export.graph-svg"), name + "-graph.svg", "svg", file -> text(file,
                GraphSvg.render(picture)));
    }

    /** The graph at its full detail level (sizes, parameters, edge labels), at twice its size, whatever the zoom. */
    public void graphPng(GraphView view, String name, Color background) {
        save(Messages.text("export.graph-png"), name + "-graph.png", "png", file -> graphPng(view, file, background));
    }

    /** Writes the graph as {@link #graphPng(GraphView, String, Color)} does, without asking for a file. */
    public static void graphPng(GraphView view, Path file, Color background) throws IOException {
        IOException[] failure = {null};
        view.withFullDetail(() -> {
            try {
                PngWriter.write(view.content(), file, 2, background);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    public void png(String title, String suggestedName, Node node, Color background) {
        save(title, suggestedName, "png", file -> PngWriter.write(node, file, 2, background));
    }

    public void text(String title, String suggestedName, String extension, Supplier<String> content) {
        save(title, suggestedName, extension, file -> text(file, content.get()));
    }

    /**
     * The network as ONNX (opset 13) with random initial weights; written on a worker thread, since
     * a large network's weights take seconds to make.
     */
    public void onnx(NetworkReport report) {
        saveInBackground(Messages.text("export.onnx"), report.spec().id() + ".onnx", "onnx", file -> {
            try {
                bytes(file, OnnxWriter.write(report, WeightSource.random(42)));
            } catch (ModelFileException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    /** A saved run as ONNX with its trained weights, read and written on a worker thread; null: none saved. */
    public void onnxRun(Path run, String name) {
        if (run == null) {
            notifier.error(Messages.text("export.no-run"), Messages.text("export.no-run.hint"));
            return;
        }
        saveInBackground(Messages.text("export.run-onnx"), name + "-trained.onnx", "onnx", file -> {
            try {
                TrainedNetwork trained = TrainingBackend.discover().trained(run);
                bytes(file, OnnxWriter.write(NetworkAnalyzer.analyze(trained.run().spec()),
                        OnnxWeights.source(trained.weights())));
            } catch (ModelFileException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    private void saveInBackground(String title, String suggestedName, String extension, Writer writer) {
        Path file = target.choose(title, suggestedName, extension);
        if (file == null) {
            return;
        }
        Background.workers().execute(() -> {
            try {
                writer.write(file);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> notifier.error(Messages.text("export.failed", title),
                        file + ": " + e.getMessage()));
            }
        });
    }

    private boolean save(String title, String suggestedName, String extension, Writer writer) {
        Path file = target.choose(title, suggestedName, extension);
        return file != null && write(title, file, writer);
    }

    private boolean write(String title, Path file, Writer writer) {
        try {
            writer.write(file);
            return true;
        } catch (IOException | RuntimeException e) {
            notifier.error(Messages.text("export.failed", title), file + ": " + e.getMessage());
            return false;
        }
    }

    /** Written beside the target, synced and renamed over it, so a failed export leaves no half file. */
    private static void bytes(Path file, byte[] content) throws IOException {
        SyncedFiles.write(file, content);
    }

    private static void text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static Path dialog(Window owner, String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("export.files",
                extension.toUpperCase()),
                "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }
}
