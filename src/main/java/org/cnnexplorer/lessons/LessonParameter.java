package org.cnnexplorer.lessons;

import org.cnnexplorer.i18n.Messages;

/**
 * One editable number of a lesson, e.g. the channels {@code C} of the stacked-kernel lesson.
 *
 * @param name  the key {@link Lesson#with(String, int)} takes and {@code cnnx lesson --set} names
 * @param label a few words for people
 * @param value the current value, within {@code min..max}
 * @param step  the step a spinner should use
 */
public record LessonParameter(String name, String label, int value, int min, int max, int step) {

    public LessonParameter {
        if (min > max || value < min || value > max || step < 1) {
            throw new IllegalArgumentException(Messages.text("lesson.param.outside", name, value, min, max));
        }
    }

    /** Refuses a value outside the range with a message naming the parameter. */
    public static int check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(Messages.text("lesson.param.range", name, min, max, value));
        }
        return value;
    }
}
