package org.cnnexplorer.core;

/**
 * How the learning rate moves during a run: {@code constant} keeps it, {@code cosine} lowers it
 * along half a cosine from the chosen rate at the first step to zero after the last
 * (Loshchilov and Hutter, "SGDR", 2017, without restarts).
 */
public enum LearningRateSchedule {
    CONSTANT("constant"), COSINE("cosine");

    private final String id;

    LearningRateSchedule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The share of the chosen rate used at {@code step} (0-based) of a run of {@code steps} steps. */
    public double factor(long step, long steps) {
        if (this == CONSTANT || steps <= 0) {
            return 1.0;
        }
        double progress = Math.min(Math.max(step, 0), steps) / (double) steps;
        return 0.5 * (1 + Math.cos(Math.PI * progress));
    }

    public static LearningRateSchedule parse(String text) {
        for (LearningRateSchedule schedule : values()) {
            if (schedule.id.equalsIgnoreCase(text.trim())) {
                return schedule;
            }
        }
        throw new SpecException("core.spec.schedule", text);
    }
}
