package org.cnnexplorer.ui.graph.layout;

/**
 * What the graph view draws: the boxes and edges with their texts, and where they go.
 * {@code relaidOut} is false when only texts changed, so the view updates boxes in place;
 * {@code newNetwork} is true when another network was opened, so the view shows it whole.
 */
public record GraphPicture(GraphModel model, Layout layout, boolean relaidOut, boolean newNetwork) {
}
