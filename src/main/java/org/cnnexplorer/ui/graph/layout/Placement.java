package org.cnnexplorer.ui.graph.layout;

/**
 * Places the boxes of one rank side by side, in their given order, as close as possible (least
 * squares) to where each would like to be, keeping a minimum gap between neighbours. Shifting by
 * the cumulative gaps turns this into isotonic regression, solved exactly by pooling adjacent
 * violators.
 */
final class Placement {

    private Placement() {
    }

    /**
     * Centre positions for boxes wanting {@code desired} with {@code weight}, where box i+1 must
     * be at least {@code gap[i]} right of box i.
     */
    static double[] place(double[] desired, double[] weight, double[] gap) {
        int n = desired.length;
        double[] offset = new double[n];
        for (int i = 1; i < n; i++) {
            offset[i] = offset[i - 1] + gap[i - 1];
        }
        double[] sumW = new double[n];
        double[] sumWx = new double[n];
        int[] start = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            sumW[blocks] = weight[i];
            sumWx[blocks] = weight[i] * (desired[i] - offset[i]);
            start[blocks] = i;
            blocks++;
            while (blocks > 1 && mean(sumWx, sumW, blocks - 2) > mean(sumWx, sumW, blocks - 1)) {
                sumW[blocks - 2] += sumW[blocks - 1];
                sumWx[blocks - 2] += sumWx[blocks - 1];
                blocks--;
            }
        }
        double[] x = new double[n];
        for (int b = 0; b < blocks; b++) {
            int end = b + 1 < blocks ? start[b + 1] : n;
            for (int i = start[b]; i < end; i++) {
                x[i] = mean(sumWx, sumW, b) + offset[i];
            }
        }
        return x;
    }

    private static double mean(double[] sumWx, double[] sumW, int block) {
        return sumWx[block] / sumW[block];
    }
}
