package org.cnnexplorer.ui.graph.layout;

/** A tensor flowing from one box to another, labelled with its shape (e.g. {@code 64x56x56}). */
public record GraphEdge(String from, String to, String label) {
}
