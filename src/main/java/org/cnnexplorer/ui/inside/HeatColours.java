package org.cnnexplorer.ui.inside;

/**
 * The colour scale of class-evidence heat maps, drawn over the input image: 0 is fully transparent,
 * the hottest value opaque red-yellow; in between the colour runs blue -> cyan -> green -> yellow -> red
 * (the "jet" scale of Grad-CAM papers) and the opacity rises as {@code 0.7 * v} so that the image
 * stays visible where there is no evidence.
 */
public final class HeatColours {

    /** Opacity of the hottest value. */
    static final double MAX_ALPHA = 0.7;

    private HeatColours() {
    }

    /** The ARGB colour of {@code v} in 0..1 (clamped). */
    public static int argb(float v) {
        float t = Math.max(0, Math.min(1, v));
        int alpha = (int) Math.round(255 * MAX_ALPHA * t);
        return alpha << 24 | channel(t, 0.75f) << 16 | channel(t, 0.5f) << 8 | channel(t, 0.25f);
    }

    /** ARGB pixels of a map already scaled to 0..1. */
    public static int[] image(float[] normalised) {
        int[] argb = new int[normalised.length];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = argb(normalised[i]);
        }
        return argb;
    }

    /** One channel of the jet scale: a triangle of width 1 around {@code centre}, clipped to 0..1. */
    private static int channel(float t, float centre) {
        float level = 1.5f - 4 * Math.abs(t - centre);
        return Math.round(255 * Math.max(0, Math.min(1, level)));
    }
}
