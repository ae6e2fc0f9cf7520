package org.cnnexplorer.lessons.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Average precision of one class from its detections (Pascal VOC 2010 onwards, all points): sort
 * the detections by descending score; after each, {@code precision = TP / (TP + FP)} and
 * {@code recall = TP / ground truths}; make precision non-increasing from the right
 * ({@code p(r) = max p(r') for r' >= r}); {@code AP = sum over recall steps of (r_i - r_(i-1)) * p(r_i)}.
 * A detection is a true positive when its IoU with a not yet matched ground truth of its image is at
 * least the threshold (0.5 in VOC), greedily by score.
 *
 * @param points one precision-recall point per detection, in score order
 */
public record AveragePrecision(List<Point> points, int groundTruths, double value) {

    /** A detection: its image, box and score. */
    public record Detection(int image, Box box, double score) {
    }

    /** A ground-truth box of an image. */
    public record Truth(int image, Box box) {
    }

    /** The curve after one more detection: whether it was a true positive, precision and recall so far. */
    public record Point(Detection detection, boolean truePositive, double precision, double recall) {
    }

    public AveragePrecision {
        points = List.copyOf(points);
    }

    /** Matches the detections to the ground truths at the IoU threshold and computes the AP. */
    public static AveragePrecision of(List<Detection> detections, List<Truth> truths, double iouThreshold) {
        List<Detection> sorted = detections.stream()
                .sorted(Comparator.comparingDouble((Detection d) -> -d.score())).toList();
        boolean[] matched = new boolean[truths.size()];
        List<Boolean> hits = new ArrayList<>();
        for (Detection d : sorted) {
            int best = -1;
            double bestIou = iouThreshold;
            for (int t = 0; t < truths.size(); t++) {
                if (truths.get(t).image() != d.image() || matched[t]) {
                    continue;
                }
                double iou = Iou.of(d.box(), truths.get(t).box()).value();
                if (iou >= bestIou) {
                    best = t;
                    bestIou = iou;
                }
            }
            if (best >= 0) {
                matched[best] = true;
            }
            hits.add(best >= 0);
        }
        return fromHits(sorted, hits, truths.size());
    }

    /** The AP of detections already sorted by descending score and marked true or false positive. */
    public static AveragePrecision fromHits(List<Detection> sorted, List<Boolean> truePositive, int groundTruths) {
        if (groundTruths < 1) {
            throw new IllegalArgumentException("average precision needs at least one ground-truth box");
        }
        if (truePositive.size() != sorted.size()) {
            throw new IllegalArgumentException("one true/false positive mark per detection is needed, got "
                    + truePositive.size() + " for " + sorted.size());
        }
        List<Point> points = new ArrayList<>();
        int tp = 0;
        for (int i = 0; i < sorted.size(); i++) {
            tp += truePositive.get(i) ? 1 : 0;
            points.add(new Point(sorted.get(i), truePositive.get(i), (double) tp / (i + 1),
                    (double) tp / groundTruths));
        }
        double[] envelope = points.stream().mapToDouble(Point::precision).toArray();
        for (int i = envelope.length - 2; i >= 0; i--) {
            envelope[i] = Math.max(envelope[i], envelope[i + 1]);
        }
        double ap = IntStream.range(0, points.size())
                .mapToDouble(i -> (points.get(i).recall() - (i == 0 ? 0 : points.get(i - 1).recall())) * envelope[i])
                .sum();
        return new AveragePrecision(points, groundTruths, ap);
    }

    /** The mean of the classes' average precisions (mAP). */
    public static double mean(List<AveragePrecision> perClass) {
        return perClass.stream().mapToDouble(AveragePrecision::value).average()
                .orElseThrow(() -> new IllegalArgumentException("mAP needs at least one class"));
    }
}
