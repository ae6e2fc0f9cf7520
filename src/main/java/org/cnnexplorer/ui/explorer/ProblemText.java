package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

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
        return report.problems().get(0).toString() + (more > 0 ? "  " + text("view.moreProblems", more) : "")
                + MinimumInput.forProblem(report).map(size -> "; " + text("view.runsFrom",
                        size.height() + "x" + size.width())).orElse("");
    }
}
