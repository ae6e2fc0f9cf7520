/**
 * The layer graph on screen: the view model that turns an analysed network into a
 * {@link org.cnnexplorer.ui.graph.layout.GraphPicture}, and the JavaFX view that draws it (a box
 * node per layer or block, edge and frame shapes) with zoom and pan by transforming one group.
 * What to draw and where comes from {@link org.cnnexplorer.ui.graph.layout}, which is free of
 * JavaFX and tested without the toolkit.
 */
package org.cnnexplorer.ui.graph;
