package org.cnnexplorer.ui.inside;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.inside.LayerActivation;

/** Feature maps and input images as JavaFX images, one image pixel per value. */
final class ChannelImages {

    private ChannelImages() {
    }

    /** Channel {@code c} of a layer (a flat layer is one row of all its values), on the layer's scale. */
    static WritableImage channel(LayerActivation layer, int c, float limit) {
        Shape shape = layer.shape();
        boolean flat = shape.flat();
        int width = flat ? shape.channels() : shape.width();
        int height = flat ? 1 : shape.height();
        int[] argb = new int[width * height];
        int offset = flat ? 0 : c * height * width;
        for (int i = 0; i < argb.length; i++) {
            argb[i] = FeatureColours.argb(layer.values()[offset + i], limit);
        }
        return image(argb, width, height);
    }

    static WritableImage image(int[] argb, int width, int height) {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
