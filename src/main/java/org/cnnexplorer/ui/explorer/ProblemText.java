package org.cnnexplorer.ui.explorer;

import org.cnnexplorer.core.MinimumInput;
import org.cnnexplorer.core.NetworkReport;

/** The one-line problem summary of a report: the first problem in the core's words, and a count of the rest. */
public final class ProblemText {

    private ProblemText() {
    }

    public static String summary(NetworkReport report) {
        if (report.isValid()) {
            return "";
        }
        int more = report.problems().size() - 1;
        String runsFrom = MinimumInput.phrase(report);
        return report.problems().get(0).toString() + (more > 0 ? "  (+" + more + " more)" : "")
                + (runsFrom.isEmpty() ? "" : "; " + runsFrom);
    }
}
