package org.cnnexplorer.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Writes a node (the graph, a chart, the whole window) to a PNG file. Call on the FX thread. */
public final class PngWriter {

    /** Keeps huge graphs (GoogLeNet fully open) under about 60 megapixels. */
    private static final double MAX_PIXELS = 60e6;

    private PngWriter() {
    }

    /** Renders the node at up to {@code scale} times its size on the given background. */
    public static void write(Node node, Path file, double scale, Color background) throws IOException {
        double w = Math.max(1, node.getBoundsInParent().getWidth());
        double h = Math.max(1, node.getBoundsInParent().getHeight());
        double s = Math.min(scale, Math.sqrt(MAX_PIXELS / (w * h)));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(background);
        parameters.setTransform(Transform.scale(s, s));
        write(node.snapshot(parameters, null), file);
    }

    public static void write(WritableImage image, Path file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
