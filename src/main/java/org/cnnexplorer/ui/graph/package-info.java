/**
 * The layer graph: grouping an analysed network into boxes (collapsed blocks, expanded layers),
 * a layered top-to-bottom DAG layout of our own (longest-path ranks, barycentre ordering,
 * ordered placement), the JavaFX rendering with zoom and pan by transforming one group, and SVG
 * output from the same layout. Everything except {@code GraphView} and its helpers is free of
 * {@code javafx.scene} and tested without the toolkit.
 */
package org.cnnexplorer.ui.graph;
