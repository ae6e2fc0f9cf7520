package org.cnnexplorer.core;

/** What a node of a network declares: a single layer or a block that expands into layers. */
public sealed interface ElementSpec permits LayerSpec, BlockSpec {

    /** Which kind of layer or block this is; {@link LayerKind} lists them all. */
    LayerKind layerKind();

    /** The type id used in model files and tables, e.g. {@code conv2d} or {@code inception}. */
    default String type() {
        return layerKind().id();
    }

    /** The settings in a few characters for tables, e.g. {@code 3x3 s2 p1}. */
    String settings();
}
