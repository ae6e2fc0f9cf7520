package org.cnnexplorer.ui.inside;

/**
 * The colour scale of feature maps: a diverging scale symmetric around zero, blue for negative, white
 * for zero and red for positive values, full colour at {@code +-limit} (the largest magnitude of the
 * layer), so that a ReLU's zeros are white and signs are visible at a glance.
 */
public final class FeatureColours {

    private FeatureColours() {
    }

    /** The ARGB colour of {@code value} on a scale reaching {@code limit} (> 0). */
    public static int argb(float value, float limit) {
        float t = limit > 0 ? Math.max(-1, Math.min(1, value / limit)) : 0;
        int fade = Math.round(255 * (1 - Math.abs(t)));
        int r = t < 0 ? fade : 255;
        int b = t > 0 ? fade : 255;
        return 0xFF000000 | r << 16 | fade << 8 | b;
    }

    /** The scale's limit for a layer: its largest magnitude, or 1 when every value is zero. */
    public static float limit(float min, float max) {
        float limit = Math.max(Math.abs(min), Math.abs(max));
        return limit > 0 ? limit : 1;
    }

    /** ARGB pixels of an input image (grey or RGB, values 0..1). */
    public static int[] image(float[] pixels, int channels, int height, int width) {
        int plane = height * width;
        int[] argb = new int[plane];
        for (int i = 0; i < plane; i++) {
            int r = level(pixels[i]);
            int g = channels >= 3 ? level(pixels[plane + i]) : r;
            int b = channels >= 3 ? level(pixels[2 * plane + i]) : r;
            argb[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return argb;
    }

    private static int level(float value) {
        return Math.round(255 * Math.max(0, Math.min(1, value)));
    }
}
