package org.cnnexplorer.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The About box's version is the pom's. */
class AboutTest {

    @Test
    void theVersionIsThePomsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<version>" + About.version() + "</version>"), About.version());
    }
}
