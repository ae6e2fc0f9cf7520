package org.cnnexplorer.ui.training;

import java.util.Objects;

/**
 * The training form's note on the explored network and the chosen data set: the verdict that
 * decides whether Start may run, and the text the user reads. Behaviour follows the verdict only,
 * so a translated text cannot change what happens.
 *
 * @param verdict whether the network trains as it is, adapted to the data set, or not at all
 * @param text    the note in the current language; empty when there is nothing to say
 */
public record FitNote(Verdict verdict, String text) {

    /** What {@link DatasetFit} decided. */
    public enum Verdict {
        /** The network takes the data set's images and classes as it is. */
        AS_IS,
        /** Training adapts the input, the classes or the image size; the network still runs. */
        ADAPTED,
        /** The network cannot run on the data set's images: Start is refused. */
        BLOCKED
    }

    public FitNote {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(text, "text");
    }

    /** True when the network cannot be trained on the data set as chosen. */
    public boolean blocks() {
        return verdict == Verdict.BLOCKED;
    }
}
