package org.cnnexplorer.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.report.TextTable;

/** {@code cnnx models}: the built-in networks by family in year order, with their variant and source. */
final class ModelsCommand {

    private ModelsCommand() {
    }

    static int run(PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        for (ModelCatalog.Entry entry : ModelCatalog.builtIns()) {
            rows.add(List.of(entry.place().family(), String.valueOf(entry.place().year()), entry.id(), entry.name(),
                    entry.variant()));
        }
        out.print(TextTable.render(List.of(Messages.text("cli.models.family"),
                Messages.text("cli.models.year"), "id", Messages.text("cli.models.name"),
                Messages.text("cli.models.variant")), rows, 5));
        out.println();
        for (ModelCatalog.Entry entry : ModelCatalog.builtIns()) {
            out.println(entry.id() + ": " + entry.source());
        }
        return 0;
    }
}
