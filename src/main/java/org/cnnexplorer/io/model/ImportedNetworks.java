package org.cnnexplorer.io.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.NodeSpec;

/** What the readers of other frameworks' files (ONNX, Keras) share when they make a network spec. */
public final class ImportedNetworks {

    private ImportedNetworks() {
    }

    /**
     * A network id from the file name: its last path part without {@code extension}, lower case,
     * runs of other characters than {@code a-z 0-9 . _ -} as one {@code -}; {@code fallback} when
     * nothing is left.
     */
    public static String id(String file, String extension, String fallback) {
        String base = file.replaceAll(".*[/\\\\]", "");
        if (base.toLowerCase(Locale.ROOT).endsWith(extension)) {
            base = base.substring(0, base.length() - extension.length());
        }
        String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        return id.isBlank() ? fallback : id;
    }

    /** The units of the last dense layer, or 1 when there is none. */
    public static int lastDenseUnits(List<NodeSpec> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).element() instanceof DenseSpec dense) {
                return dense.units();
            }
        }
        return 1;
    }

    /**
     * The nodes with the last dense layer, when it has one unit per class, turned into the
     * classifier whose width follows the number of classes (as the built-ins' last layers are).
     */
    public static List<NodeSpec> withClassifier(List<NodeSpec> nodes, int classes) {
        List<NodeSpec> marked = new ArrayList<>(nodes);
        for (int i = marked.size() - 1; i >= 0; i--) {
            if (marked.get(i).element() instanceof DenseSpec dense) {
                if (dense.units() == classes) {
                    marked.set(i, marked.get(i).withElement(
                            new DenseSpec(DenseSpec.CLASSES, dense.bias(), dense.inFeatures())));
                }
                break;
            }
        }
        return marked;
    }
}
