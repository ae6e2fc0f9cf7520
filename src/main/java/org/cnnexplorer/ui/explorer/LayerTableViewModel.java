package org.cnnexplorer.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;

/** The rows of the resource table, refreshed on every analysis, and the row of a selected layer or block. */
public final class LayerTableViewModel {

    private final ExplorerViewModel explorer;
    private final ObservableList<LayerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LayerRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    public LayerTableViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.reportProperty().addListener((obs, old, now) -> refresh(now));
        refresh(explorer.report());
    }

    private void refresh(NetworkReport report) {
        List<LayerRow> next = new ArrayList<>();
        for (int i = 0; i < report.layers().size(); i++) {
            next.add(LayerRow.of(i, report.layers().get(i), report.settings().conventions()));
        }
        rows.setAll(next);
    }

    public ObservableList<LayerRow> rows() {
        return readOnlyRows;
    }

    /** The layer's row, or for a block the row of its first layer; null when none. */
    public LayerRow rowFor(String layerOrBlock) {
        if (layerOrBlock == null) {
            return null;
        }
        for (LayerRow row : rows) {
            LayerReport layer = explorer.report().layers().get(row.index());
            if (row.name().equals(layerOrBlock) || layer.blockPath().contains(layerOrBlock)) {
                return row;
            }
        }
        return null;
    }

    /** Selects the row's layer in the explorer (and so in the graph and editor). */
    public void select(LayerRow row) {
        explorer.select(row == null ? null : row.name());
    }
}
