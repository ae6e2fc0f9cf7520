package org.cnnexplorer.ui.training;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import org.cnnexplorer.training.TrainingRun;

/**
 * THE single call site through which the GUI reads a saved run.
 *
 * <p>LEAD: {@code io.RunFiles.read(Path) -> TrainingRun} is not on the {@code ui} branch yet, so
 * this finds it reflectively and works as soon as it is merged. Once it is, replace the body of
 * {@link #read} with {@code return org.cnnexplorer.io.RunFiles.read(file);} (adjusting the
 * exception) and delete the reflection.
 */
final class SavedRuns {

    private static final String READER = "org.cnnexplorer.io.RunFiles";

    private SavedRuns() {
    }

    static TrainingRun read(Path file) throws IOException {
        try {
            Object run = Class.forName(READER).getMethod("read", Path.class).invoke(null, file);
            return (TrainingRun) run;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IOException("this build cannot read saved runs yet (io.RunFiles is missing)", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IOException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        } catch (IllegalAccessException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
