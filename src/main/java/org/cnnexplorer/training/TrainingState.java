package org.cnnexplorer.training;

/** Where a training session is in its life. */
public enum TrainingState {
    NEW, PREPARING, RUNNING, PAUSED, STOPPING, FINISHED, STOPPED, FAILED;

    /** True once the session can do nothing more. */
    public boolean isTerminal() {
        return this == FINISHED || this == STOPPED || this == FAILED;
    }
}
