package org.cnnexplorer.inside;

import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.training.FilterSnapshot;
import org.cnnexplorer.training.FirstLayerFilters;

/**
 * A convolution's filters as small images, one tile per filter of {@code height x width} pixels with
 * levels 0..1: RGB when the filter reads 3 input channels, grey otherwise (the filter's one channel, or
 * the mean over its channels for other counts), each level {@code 0.5 + w / (2 L)} on the chosen
 * {@link FilterScale}. {@code limits[f]} is filter {@code f}'s {@code L}.
 */
public record FilterTiles(int height, int width, boolean colour, List<float[]> tiles, float[] limits,
                          FilterScale scale) {

    public FilterTiles {
        tiles = List.copyOf(tiles);
    }

    /** The tiles of one snapshot. */
    public static FilterTiles of(FirstLayerFilters.Geometry geometry, FilterSnapshot snapshot, FilterScale scale) {
        return of(geometry, snapshot.weights(), scale);
    }

    /** The tiles of a weight tensor in PyTorch's layout {@code out x in/groups x kh x kw}. */
    public static FilterTiles of(FirstLayerFilters.Geometry geometry, float[] weights, FilterScale scale) {
        boolean colour = geometry.channels() == 3;
        int plane = geometry.height() * geometry.width();
        List<float[]> shown = new ArrayList<>();
        for (int f = 0; f < geometry.filters(); f++) {
            shown.add(colour ? slice(weights, f * 3 * plane, 3 * plane) : mean(weights, f, geometry.channels(), plane));
        }
        float[] limits = new float[geometry.filters()];
        float all = 0;
        for (int f = 0; f < limits.length; f++) {
            limits[f] = largestMagnitude(shown.get(f));
            all = Math.max(all, limits[f]);
        }
        List<float[]> tiles = new ArrayList<>();
        for (int f = 0; f < limits.length; f++) {
            if (scale == FilterScale.SHARED) {
                limits[f] = all;
            }
            tiles.add(levels(shown.get(f), limits[f]));
        }
        return new FilterTiles(geometry.height(), geometry.width(), colour, tiles, limits, scale);
    }

    /** ARGB pixels of tile {@code f}, row by row. */
    public int[] argb(int f) {
        float[] tile = tiles.get(f);
        int plane = height * width;
        int[] argb = new int[plane];
        for (int i = 0; i < plane; i++) {
            int r = byteLevel(tile[i]);
            int g = colour ? byteLevel(tile[plane + i]) : r;
            int b = colour ? byteLevel(tile[2 * plane + i]) : r;
            argb[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return argb;
    }

    private static float[] slice(float[] weights, int from, int length) {
        float[] part = new float[length];
        System.arraycopy(weights, from, part, 0, length);
        return part;
    }

    private static float[] mean(float[] weights, int f, int channels, int plane) {
        float[] mean = new float[plane];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < plane; i++) {
                mean[i] += weights[(f * channels + c) * plane + i] / channels;
            }
        }
        return mean;
    }

    private static float largestMagnitude(float[] values) {
        float limit = 0;
        for (float v : values) {
            limit = Math.max(limit, Math.abs(v));
        }
        return limit;
    }

    /** {@code 0.5 + w / (2 L)}; all mid grey when {@code L} is 0. */
    private static float[] levels(float[] values, float limit) {
        float[] levels = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            levels[i] = limit > 0 ? 0.5f + values[i] / (2 * limit) : 0.5f;
        }
        return levels;
    }

    private static int byteLevel(float level) {
        return Math.round(255 * Math.max(0, Math.min(1, level)));
    }
}
