/**
 * The layer graph without the toolkit: grouping an analysed network into boxes (collapsed blocks,
 * expanded layers) with their texts, a layered top-to-bottom DAG layout of our own (longest-path
 * ranks, barycentre ordering, ordered placement), and the wrapped layout of long chains. The SVG
 * export and the JavaFX view in {@link org.cnnexplorer.ui.graph} draw the same {@code Layout}.
 * Imports no {@code javafx} class (ArchitectureTest).
 */
package org.cnnexplorer.ui.graph.layout;
