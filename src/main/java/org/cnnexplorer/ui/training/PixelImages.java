package org.cnnexplorer.ui.training;

import java.util.List;
import org.cnnexplorer.training.TrainingResult;

/** Converts a prediction's CHW bytes (grey or RGB) into ARGB pixels for drawing, and labels into class names. */
public final class PixelImages {

    private PixelImages() {
    }

    public static int[] argb(TrainingResult.Prediction p) {
        int plane = p.height() * p.width();
        int[] pixels = new int[plane];
        for (int i = 0; i < plane; i++) {
            int r = value(p, 0, plane, i);
            int g = p.channels() >= 3 ? value(p, 1, plane, i) : r;
            int b = p.channels() >= 3 ? value(p, 2, plane, i) : r;
            pixels[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return pixels;
    }

    /** The class name of a label, or the label itself when the result names fewer classes. */
    public static String className(List<String> names, int label) {
        return label >= 0 && label < names.size() ? names.get(label) : Integer.toString(label);
    }

    private static int value(TrainingResult.Prediction p, int channel, int plane, int i) {
        int index = channel * plane + i;
        return index < p.pixels().length ? p.pixels()[index] & 0xFF : 0;
    }
}
