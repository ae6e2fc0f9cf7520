package org.cnnexplorer.lessons.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Greedy non-maximum suppression as torchvision's {@code nms}: visit the boxes by descending score
 * (ties keep the input order), keep the best remaining one and drop every remaining box whose IoU
 * with it is greater than the threshold; repeat until none remain.
 *
 * @param steps one step per kept box, in the order they were kept
 */
public record NonMaxSuppression(double threshold, List<Step> steps) {

    /** A box and its detection score. */
    public record Scored(Box box, double score) {
        public Scored {
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException("a score must be a finite number");
            }
        }
    }

    /** One kept box (index into the input) and the boxes it suppressed, with their IoU. */
    public record Step(int kept, List<Suppressed> suppressed) {
        public Step {
            suppressed = List.copyOf(suppressed);
        }
    }

    /** A dropped box (index into the input) and its IoU with the kept one. */
    public record Suppressed(int index, double iou) {
    }

    public NonMaxSuppression {
        steps = List.copyOf(steps);
    }

    /** Runs NMS over the boxes. */
    public static NonMaxSuppression run(List<Scored> boxes, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the IoU threshold must be between 0 and 1, got " + threshold);
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, boxes.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -boxes.get(i).score())).toList());
        List<Step> steps = new ArrayList<>();
        while (!order.isEmpty()) {
            int best = order.remove(0);
            List<Suppressed> dropped = new ArrayList<>();
            order.removeIf(i -> {
                double iou = Iou.of(boxes.get(best).box(), boxes.get(i).box()).value();
                if (iou > threshold) {
                    dropped.add(new Suppressed(i, iou));
                    return true;
                }
                return false;
            });
            steps.add(new Step(best, dropped));
        }
        return new NonMaxSuppression(threshold, steps);
    }

    /** The indices of the kept boxes by descending score, as torchvision returns them. */
    public List<Integer> kept() {
        return steps.stream().map(Step::kept).toList();
    }
}
