package org.cnnexplorer.ui.app;

import java.util.function.Supplier;
import org.cnnexplorer.training.TrainingBackend;
import org.cnnexplorer.ui.common.PreferenceStore;
import org.cnnexplorer.ui.training.FakeTrainingBackend;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as the FX tests open it: on TestFX's primary stage, 1280x800 at the screen's
 * corner, with preferences in memory and (unless a test passes its own) the fake training backend
 * that runs one quick epoch. Use with {@code @ExtendWith(FxToolkitExtension.class)}; {@link #close}
 * in {@code @AfterEach}.
 */
public final class MainWindowFixture {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    private MainWindowFixture() {
    }

    /** A window with in-memory preferences and the fake backend. */
    public static MainWindow open() throws Exception {
        return open(PreferenceStore.inMemory(), () -> new FakeTrainingBackend(1, null));
    }

    /** A window with the given preferences and training backend. */
    public static MainWindow open(PreferenceStore preferences, Supplier<TrainingBackend> backends) throws Exception {
        AppServices services = new AppServices(preferences, backends);
        MainWindow[] made = new MainWindow[1];
        FxToolkit.setupStage(stage -> {
            made[0] = new MainWindow(stage, services);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made[0];
    }

    /** Stops a running training and hides the stage, leaving the toolkit for the next test. */
    public static void close(MainWindow window) throws Exception {
        if (window != null) {
            window.viewModel().training().stop();
        }
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
    }
}
