package org.cnnexplorer.inside;

import java.util.Objects;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.BilinearResize;

/**
 * Where a network finds evidence for one class in one image: a heat map over the input
 * ({@code map}, {@code input.height() x input.width()} values, 0 or more) and the same on a coarse
 * {@code gridHeight x gridWidth} grid ({@code grid}): for Grad-CAM the cells of the feature map
 * {@code layer} it was computed on, for saliency the input averaged over at most
 * {@value #SALIENCY_GRID} x {@value #SALIENCY_GRID} cells. See {@link EvidenceMethod} for the formulas.
 */
public record ClassEvidence(EvidenceMethod method, String layer, int classIndex, String className,
                            int gridHeight, int gridWidth, float[] grid, Shape input, float[] map) {

    /** The most cells per side of a saliency map's coarse grid. */
    public static final int SALIENCY_GRID = 7;

    public ClassEvidence {
        Objects.requireNonNull(method, "method");
        if (grid.length != gridHeight * gridWidth || map.length != input.height() * input.width()) {
            throw new IllegalArgumentException("a " + gridHeight + "x" + gridWidth + " grid has " + grid.length
                    + " values and a map of " + input + " " + map.length);
        }
    }

    /**
     * Grad-CAM from the feature map {@code features} ({@code A}, K x h x w) and the gradient of the class
     * score with respect to it (same layout): {@code w_k = mean_{i,j} grad[k,i,j]},
     * {@code cam[i,j] = max(0, sum_k w_k A[k,i,j])}, then bilinear enlargement to the input's size.
     */
    public static ClassEvidence gradCam(LayerActivation features, float[] gradient, Shape input, int classIndex,
                                        String className) {
        Shape shape = features.shape();
        int plane = shape.height() * shape.width();
        if (gradient.length != features.values().length) {
            throw new IllegalArgumentException(features.name() + ": a gradient of " + gradient.length
                    + " values for a feature map of " + shape);
        }
        float[] cam = new float[plane];
        for (int k = 0; k < shape.channels(); k++) {
            double weight = 0;
            for (int i = 0; i < plane; i++) {
                weight += gradient[k * plane + i];
            }
            weight /= plane;
            for (int i = 0; i < plane; i++) {
                cam[i] += (float) (weight * features.values()[k * plane + i]);
            }
        }
        for (int i = 0; i < plane; i++) {
            cam[i] = Math.max(0, cam[i]);
        }
        float[] map = new BilinearResize(shape.height(), shape.width(), input.height(), input.width()).apply(cam, 1);
        return new ClassEvidence(EvidenceMethod.GRAD_CAM, features.name(), classIndex, className, shape.height(),
                shape.width(), cam, input, map);
    }

    /**
     * Saliency from the gradient of the class score with respect to the input ({@code C x H x W}):
     * {@code s[i,j] = max_c |grad[c,i,j]|}.
     */
    public static ClassEvidence saliency(String inputLayer, float[] gradient, Shape input, int classIndex,
                                         String className) {
        int plane = input.height() * input.width();
        if (gradient.length != input.channels() * plane) {
            throw new IllegalArgumentException("a gradient of " + gradient.length + " values for an input of " + input);
        }
        float[] map = new float[plane];
        for (int c = 0; c < input.channels(); c++) {
            for (int i = 0; i < plane; i++) {
                map[i] = Math.max(map[i], Math.abs(gradient[c * plane + i]));
            }
        }
        int rows = Math.min(SALIENCY_GRID, input.height());
        int columns = Math.min(SALIENCY_GRID, input.width());
        return new ClassEvidence(EvidenceMethod.SALIENCY, inputLayer, classIndex, className, rows, columns,
                HeatGrid.averaged(map, input.height(), input.width(), rows, columns), input, map);
    }

    /** The largest value of the map (0 when the class has no positive evidence anywhere). */
    public float max() {
        float max = 0;
        for (float value : map) {
            max = Math.max(max, value);
        }
        return max;
    }

    /** The map divided by its largest value, so 0..1; all zeros when {@link #max()} is 0. */
    public float[] normalised() {
        float max = max();
        float[] result = new float[map.length];
        for (int i = 0; max > 0 && i < map.length; i++) {
            result[i] = map[i] / max;
        }
        return result;
    }

    /** The grid cell with the most evidence (the first of equals) and the input pixels it covers. */
    public HeatGrid.Cell peak() {
        int best = 0;
        for (int i = 1; i < grid.length; i++) {
            if (grid[i] > grid[best]) {
                best = i;
            }
        }
        return HeatGrid.cell(best / gridWidth, best % gridWidth, gridHeight, gridWidth, input);
    }

    /**
     * The share of the map's total in the input rows {@code top .. top+height-1} and columns
     * {@code left .. left+width-1}: {@code sum over the box / sum over the map} (0 for an empty map).
     */
    public double share(int top, int left, int height, int width) {
        double inside = 0;
        double total = 0;
        for (int y = 0; y < input.height(); y++) {
            for (int x = 0; x < input.width(); x++) {
                float value = map[y * input.width() + x];
                total += value;
                if (y >= top && y < top + height && x >= left && x < left + width) {
                    inside += value;
                }
            }
        }
        return total > 0 ? inside / total : 0;
    }
}
