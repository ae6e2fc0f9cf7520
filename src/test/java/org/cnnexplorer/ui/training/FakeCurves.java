package org.cnnexplorer.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.training.TrainingResult;

/** Plausible numbers for the fake backend: a loss that decays with noise, accuracies that rise, drawn digits. */
final class FakeCurves {

    /** Digits 0-9 in a 3x5 pixel font, one row string per line. */
    private static final String[][] DIGITS = {
        {"111", "101", "101", "101", "111"}, {"010", "110", "010", "010", "111"}, {"111", "001", "111", "100", "111"},
        {"111", "001", "111", "001", "111"}, {"101", "101", "111", "001", "001"}, {"111", "100", "111", "001", "111"},
        {"111", "100", "111", "101", "111"}, {"111", "001", "010", "010", "010"}, {"111", "101", "111", "101", "111"},
        {"111", "101", "111", "001", "111"}};

    private FakeCurves() {
    }

    static double loss(int iteration, int total, Random random) {
        double progress = (double) iteration / Math.max(1, total);
        return Math.max(0.02, 2.3 * Math.exp(-4 * progress) + 0.08 + random.nextGaussian() * 0.12
                * Math.exp(-progress));
    }

    static double accuracy(int epoch, int epochs, double bonus) {
        return Math.min(0.995, 0.80 + 0.17 * epoch / Math.max(1, epochs) + bonus);
    }

    static TrainingResult result(DatasetId dataset, Random random, double seconds, double speed) {
        int n = dataset.classes();
        int[][] confusion = new int[n][n];
        int correct = 0;
        int all = 0;
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                confusion[t][p] = t == p ? 90 + random.nextInt(10) : random.nextInt(10) < 7 ? 0 : random.nextInt(5);
                all += confusion[t][p];
                correct += t == p ? confusion[t][p] : 0;
            }
        }
        List<TrainingResult.Prediction> samples = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int truth = i % n;
            int predicted = i % 7 == 3 ? (truth + 3) % n : truth;
            samples.add(new TrainingResult.Prediction(i, truth, predicted, 0.6 + random.nextDouble() * 0.4,
                    dataset.channels(), dataset.height(), dataset.width(), image(dataset, truth, random)));
        }
        return new TrainingResult((double) correct / all, 0.1, confusion, dataset.classNames(), samples, seconds, speed);
    }

    /** The class digit drawn 4x large with a little noise, grey or coloured by class. */
    static byte[] image(DatasetId dataset, int digit, Random random) {
        int h = dataset.height();
        int w = dataset.width();
        byte[] pixels = new byte[dataset.channels() * h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int fx = (x - (w - 12) / 2) / 4;
                int fy = (y - (h - 20) / 2) / 4;
                boolean ink = fx >= 0 && fx < 3 && fy >= 0 && fy < 5 && DIGITS[digit % 10][fy].charAt(fx) == '1';
                int value = Math.min(255, Math.max(0, (ink ? 230 : 15) + random.nextInt(25) - 12));
                for (int c = 0; c < dataset.channels(); c++) {
                    int tint = dataset.channels() == 1 ? value : (value + 60 * ((digit + c) % 3)) % 256;
                    pixels[c * h * w + y * w + x] = (byte) tint;
                }
            }
        }
        return pixels;
    }
}
