package org.cnnexplorer.ui.inside;

import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.data.DataDirectories;
import org.cnnexplorer.data.TestData;
import org.testfx.api.FxToolkit;

/**
 * The Inside tab alone in a 1280x800 stage (Monocle's headless screen), reading the committed MNIST
 * test images, with its samples loading; {@link #close} after each test. Use with
 * {@code @ExtendWith(FxToolkitExtension.class)}.
 */
final class InsideViewFixture {

    private InsideViewFixture() {
    }

    /** Shows the tab for {@code network} and starts loading the sample images (the first inspection follows). */
    static InsideViewModel open(ObjectProperty<NetworkSpec> network) throws Exception {
        AtomicReference<InsideViewModel> viewModel = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            viewModel.set(new InsideViewModel(network, DataDirectories.only(TestData.fixturesDir())));
            stage.setScene(new Scene(new InsideView(viewModel.get()), 1280, 800));
            stage.show();
            viewModel.get().loadSamples();
        });
        return viewModel.get();
    }

    static void close() throws Exception {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
    }
}
