package org.cnnexplorer.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.SpecException;

/**
 * How the first convolution of a run looked at each epoch: the layer, its weight geometry and one
 * {@link FilterSnapshot} per recorded epoch, epochs strictly increasing. For LeNet-5 that is
 * 6 x 1 x 5 x 5 = 150 values an epoch, for ResNet-50 64 x 3 x 7 x 7 = 9,408.
 */
public record FirstLayerFilters(String layer, Geometry geometry, List<FilterSnapshot> snapshots) {

    /**
     * A convolution's weight tensor: {@code filters x channels x height x width}, where
     * {@code channels} is the input channels per group ({@code in / groups}).
     */
    public record Geometry(int filters, int channels, int height, int width) {

        public Geometry {
            if (filters < 1 || channels < 1 || height < 1 || width < 1) {
                throw new SpecException("run.filters.geometry",
                        filters + " x " + channels + " x " + height + " x " + width); // not this: fields unset yet
            }
        }

        /** Values in the whole tensor: {@code filters * channels * height * width}. */
        public int values() {
            return Math.multiplyExact(Math.multiplyExact(filters, channels), Math.multiplyExact(height, width));
        }

        @Override
        public String toString() {
            return filters + " x " + channels + " x " + height + " x " + width;
        }
    }

    public FirstLayerFilters {
        snapshots = List.copyOf(snapshots);
        int previous = -1;
        for (FilterSnapshot snapshot : snapshots) {
            if (snapshot.epoch() <= previous) {
                throw new SpecException("run.filters.order", layer, snapshot.epoch(), previous);
            }
            if (snapshot.length() != geometry.values()) {
                throw new SpecException("run.filters.size", snapshot.epoch(), snapshot.length(), layer,
                        geometry, geometry.values());
            }
            previous = snapshot.epoch();
        }
    }

    /**
     * The first convolution of an analysed network (in the analysis' order, blocks expanded), with no
     * snapshots yet; empty when the network has none.
     */
    public static Optional<FirstLayerFilters> of(NetworkReport report) {
        for (LayerReport layer : report.layers()) {
            if (layer.spec() instanceof Conv2dSpec conv && layer.isValid() && !layer.inputShapes().isEmpty()) {
                int channels = layer.inputShapes().get(0).channels() / conv.groups();
                return Optional.of(new FirstLayerFilters(layer.name(), new Geometry(conv.filters(), channels,
                        conv.kernel().height(), conv.kernel().width()), List.of()));
            }
        }
        return Optional.empty();
    }

    /** The same with {@code snapshot} added, replacing a snapshot of the same or a later epoch (a resumed run). */
    public FirstLayerFilters with(FilterSnapshot snapshot) {
        List<FilterSnapshot> kept = new ArrayList<>();
        for (FilterSnapshot s : snapshots) {
            if (s.epoch() < snapshot.epoch()) {
                kept.add(s);
            }
        }
        kept.add(snapshot);
        return new FirstLayerFilters(layer, geometry, kept);
    }

    /** The snapshot of that epoch, if recorded. */
    public Optional<FilterSnapshot> at(int epoch) {
        return snapshots.stream().filter(s -> s.epoch() == epoch).findFirst();
    }

    /** The last recorded snapshot, if any. */
    public Optional<FilterSnapshot> last() {
        return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
    }

    /** The recorded epochs, in order. */
    public List<Integer> epochs() {
        return snapshots.stream().map(FilterSnapshot::epoch).toList();
    }
}
