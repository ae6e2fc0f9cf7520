package org.cnnexplorer.training;

import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.DatasetId;

/**
 * How a network is trained on a data set: with the data set's image shape as input and its class
 * count as output; the layers stay as declared. The GUI checks a network this way before it
 * offers training, and the backend builds exactly this network.
 */
public final class DatasetAdaptation {

    private DatasetAdaptation() {
    }

    /** The image shape of {@code dataset}, channels x height x width. */
    public static Shape imageShape(DatasetId dataset) {
        return Shape.of(dataset.channels(), dataset.height(), dataset.width());
    }

    /** {@code spec} with the data set's input shape and class count. */
    public static NetworkSpec adapt(NetworkSpec spec, DatasetId dataset) {
        return spec.withInput(imageShape(dataset)).withClasses(dataset.classes());
    }
}
