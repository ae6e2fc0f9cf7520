package org.cnnexplorer.ui.compare;

import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.NetworkSpec;

/** One column of the comparison: a network, the settings it is analysed with, and its column title. */
public record CompareEntry(String label, NetworkSpec spec, AnalysisSettings settings) {

    public CompareEntry {
        if (label == null || spec == null || settings == null) {
            throw new IllegalArgumentException("a comparison column needs a label, a network and settings");
        }
    }
}
