package org.cnnexplorer.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Reproducible permutations and samples: the same seed gives the same result on every machine. */
final class Sampling {

    private Sampling() {
    }

    /** A Fisher-Yates shuffle of 0 .. n-1. */
    static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            swap(order, i, random.nextInt(i + 1));
        }
        return order;
    }

    /** {@code k} distinct indices out of 0 .. n-1, in increasing order. */
    static int[] sortedSample(int n, int k, long seed) {
        int[] sample = Arrays.copyOf(permutation(n, seed), k);
        Arrays.sort(sample);
        return sample;
    }

    private static void swap(int[] values, int i, int j) {
        int kept = values[i];
        values[i] = values[j];
        values[j] = kept;
    }
}
