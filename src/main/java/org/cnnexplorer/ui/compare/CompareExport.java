package org.cnnexplorer.ui.compare;

import java.util.List;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.io.report.CompareColumns;

/**
 * The comparison as the Compare tab shows it, for a file: each column under its title with the
 * settings it was analysed at (two columns may be the same network at two sizes).
 * {@link CompareColumns} renders it; this only turns the tab's entries into its columns.
 */
public final class CompareExport {

    private CompareExport() {
    }

    public static String csv(List<CompareEntry> entries, List<NetworkReport> reports) {
        return CompareColumns.csv(columns(entries), reports);
    }

    public static String markdown(List<CompareEntry> entries, List<NetworkReport> reports) {
        return CompareColumns.markdown(columns(entries), reports);
    }

    private static List<CompareColumns.Column> columns(List<CompareEntry> entries) {
        return entries.stream().map(e -> new CompareColumns.Column(e.label(), e.spec().name(), e.settings())).toList();
    }
}
