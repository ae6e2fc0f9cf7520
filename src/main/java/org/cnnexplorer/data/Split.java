package org.cnnexplorer.data;

import java.util.Locale;

/** The two parts every data set comes in: the images to learn from and the held-out test images. */
public enum Split {
    TRAIN,
    TEST;

    /** {@code train} or {@code test}, as used in messages and file names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
