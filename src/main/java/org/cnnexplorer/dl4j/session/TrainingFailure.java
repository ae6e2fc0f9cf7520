package org.cnnexplorer.dl4j.session;

/** A run that cannot start or go on (no data, impossible network, diverged loss); the message is for users. */
final class TrainingFailure extends Exception {

    TrainingFailure(String message) {
        super(message, null, false, false);
    }
}
