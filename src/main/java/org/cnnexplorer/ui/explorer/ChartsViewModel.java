package org.cnnexplorer.ui.explorer;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;

/**
 * The per-layer charts: parameters against activation values (the classic picture, memory high
 * early and weights high late) and MACs, for the layers that hold weights or change the map size
 * (conv, pooling, dense). Values are per image; log scale is on by default because the spread
 * between layers is several orders of magnitude.
 */
public final class ChartsViewModel {

    /** One layer's bars; {@code macs} is the compute the conventions show (MACs or FLOPs). */
    public record LayerBar(String name, String type, long params, long activations, long macs) {
    }

    private final ReadOnlyObjectWrapper<List<LayerBar>> bars = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanProperty logScale = new SimpleBooleanProperty(true);
    private String computeName = Conventions.DEFAULT.computeName();

    public ChartsViewModel(ExplorerViewModel explorer) {
        explorer.reportProperty().addListener((obs, old, now) -> show(now));
        show(explorer.report());
    }

    private void show(NetworkReport report) {
        computeName = report.settings().conventions().computeName();
        bars.set(bars(report));
    }

    /** {@code MACs} or {@code FLOPs}, as the conventions of the bars. */
    public String computeName() {
        return computeName;
    }

    static List<LayerBar> bars(NetworkReport report) {
        return report.layers().stream().filter(l -> plotted(l.spec().layerKind()) && l.isValid())
                .map(layer -> bar(layer, report.settings().conventions())).toList();
    }

    /** Weights and map-size changes are plotted; the switch names every category of {@link LayerKind}. */
    static boolean plotted(LayerKind kind) {
        return switch (kind.category()) {
            case CONV, POOL, DENSE -> true;
            case INPUT, NORM, ACTIVATION, MERGE, RESHAPE, BLOCK -> false;
        };
    }

    private static LayerBar bar(LayerReport layer, Conventions conventions) {
        return new LayerBar(layer.name(), layer.type(), layer.params(), layer.activationElements(),
                conventions.compute(layer));
    }

    public ReadOnlyObjectProperty<List<LayerBar>> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }
}
