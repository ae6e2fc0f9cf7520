package org.cnnexplorer.ui;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts the JavaFX toolkit once for a test class (headless under Monocle when run by Maven,
 * see the surefire properties in the pom), as AtlantaFX's tests do.
 */
public final class FxToolkitExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
    }
}
