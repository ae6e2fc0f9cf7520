package org.cnnexplorer.ui.graph;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.ui.graph.layout.BlockIndex;
import org.cnnexplorer.ui.graph.layout.GraphBuilder;
import org.cnnexplorer.ui.graph.layout.GraphLayout;
import org.cnnexplorer.ui.graph.layout.GraphModel;
import org.cnnexplorer.ui.graph.layout.GraphPicture;
import org.cnnexplorer.ui.graph.layout.Layout;
import org.cnnexplorer.ui.graph.layout.WrapLayout;

/**
 * The graph of the explored network: which blocks are open, the picture to draw (laid out again
 * only when the boxes or edges change, not when only numbers do), and the selected box, kept in
 * step with the explorer's selected layer or block.
 */
public final class GraphViewModel {

    private final ObservableValue<NetworkReport> report;
    private final ObservableValue<String> selection;
    private final Consumer<String> selector;
    private final Set<String> expanded = new HashSet<>();
    private final ReadOnlyObjectWrapper<GraphPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper selectedBox = new ReadOnlyStringWrapper();
    private final BooleanProperty wrap = new SimpleBooleanProperty(true);
    private String networkId;
    private Layout base;
    private int columns = 1;

    public GraphViewModel(ObservableValue<NetworkReport> report, ObservableValue<String> selection,
                          Consumer<String> selector) {
        this.report = report;
        this.selection = selection;
        this.selector = selector;
        wrap.addListener((obs, old, now) -> setColumns(1, true));
        report.addListener((obs, old, now) -> refresh());
        selection.addListener((obs, old, now) -> updateSelectedBox());
        refresh();
    }

    private void refresh() {
        NetworkReport current = report.getValue();
        BlockIndex blocks = BlockIndex.of(current.spec());
        boolean newNetwork = !current.spec().id().equals(networkId);
        if (newNetwork) {
            networkId = current.spec().id();
            expanded.clear();
            expanded.addAll(blocks.containers());
        }
        expanded.retainAll(blocks.names());
        redraw(newNetwork);
    }

    private void redraw() {
        redraw(false);
    }

    private void redraw(boolean newNetwork) {
        GraphModel model = GraphBuilder.build(report.getValue(), Set.copyOf(expanded));
        GraphPicture previous = picture.get();
        boolean same = previous != null && previous.model().structureKey().equals(model.structureKey());
        if (newNetwork) {
            columns = 1;
        }
        if (!same) {
            base = GraphLayout.layout(model);
        }
        picture.set(new GraphPicture(model, same ? previous.layout() : wrapped(), !same, newNetwork));
        updateSelectedBox();
    }

    private Layout wrapped() {
        return wrap.get() && columns > 1 ? WrapLayout.wrap(base, columns) : base;
    }

    /**
     * Lays the graph out in this many columns side by side (when {@link #wrapProperty() wrapping});
     * the view picks the number that shows the whole graph largest ({@link WrapLayout#bestColumns}).
     */
    public void setColumns(int count) {
        setColumns(count, false);
    }

    private void setColumns(int count, boolean force) {
        int next = Math.max(1, count);
        if (next == columns && !force) {
            return;
        }
        columns = next;
        GraphPicture previous = picture.get();
        picture.set(new GraphPicture(previous.model(), wrapped(), true, false));
    }

    public int columns() {
        return wrap.get() ? columns : 1;
    }

    /** The graph in one column, as laid out before wrapping: what the number of columns is chosen from. */
    public Layout baseLayout() {
        return base;
    }

    /** Whether a deep graph is wrapped into columns that use the width of the window (on by default). */
    public BooleanProperty wrapProperty() {
        return wrap;
    }

    private void updateSelectedBox() {
        String name = selection.getValue();
        selectedBox.set(name == null || picture.get() == null ? null : picture.get().model().boxOf(name));
    }

    /** Opens a collapsed block or closes an open one. */
    public void toggle(String block) {
        if (!expanded.remove(block)) {
            expanded.add(block);
        }
        redraw();
    }

    public boolean isExpanded(String block) {
        return expanded.contains(block);
    }

    public void expandAll() {
        expanded.addAll(BlockIndex.of(report.getValue().spec()).names());
        redraw();
    }

    public void collapseAll() {
        expanded.clear();
        redraw();
    }

    /** Selects the layer or block a box stands for. */
    public void select(String boxId) {
        selector.accept(boxId);
    }

    public ReadOnlyObjectProperty<GraphPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedBoxProperty() {
        return selectedBox.getReadOnlyProperty();
    }
}
