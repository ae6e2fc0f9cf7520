package org.cnnexplorer.ui.export;

import static org.cnnexplorer.i18n.Messages.text;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
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

    /** Room around the node, so that what overhangs its edge (a chart's last tick label) is not cut. */
    static final double MARGIN = 12;

    /** Renders the node at up to {@code scale} times its size on the given background. */
    public static void write(Node node, Path file, double scale, Color background) throws IOException {
        write(image(node, scale, background), file);
    }

    /** The node's picture with {@link #MARGIN} around everything it draws (its visual bounds, not only its layout). */
    public static WritableImage image(Node node, double scale, Color background) {
        // a snapshot draws the node where its parent has it (layout and transforms), then scales
        Bounds bounds = node.getBoundsInParent();
        double w = Math.max(1, bounds.getWidth() + 2 * MARGIN);
        double h = Math.max(1, bounds.getHeight() + 2 * MARGIN);
        double s = Math.min(scale, Math.sqrt(MAX_PIXELS / (w * h)));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(background);
        parameters.setTransform(Transform.scale(s, s));
        parameters.setViewport(new Rectangle2D((bounds.getMinX() - MARGIN) * s, (bounds.getMinY() - MARGIN) * s,
                Math.ceil(w * s), Math.ceil(h * s)));
        return node.snapshot(parameters, null);
    }

    public static void write(WritableImage image, Path file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException(text("ui.noPngWriter"));
        }
    }
}
