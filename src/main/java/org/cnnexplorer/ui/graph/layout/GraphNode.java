package org.cnnexplorer.ui.graph.layout;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import org.cnnexplorer.io.Numbers;

/**
 * One box of the graph: a single layer, or a collapsed block standing for its layers.
 * {@code output} is the shape text of the box's output ("-" when blocked, "INVALID" on a problem).
 * {@code macs} is the compute figure the conventions show, named {@code computeName} (MACs or FLOPs).
 */
public record GraphNode(String id, String title, String detail, String output, long params, long macs,
                        String computeName, Kind kind, Status status, String problem, boolean collapsedBlock,
                        List<String> layers) {

    /** What the box stands for, which sets its colour. */
    public enum Kind { INPUT, CONV, POOL, DENSE, NORM, ACTIVATION, MERGE, RESHAPE, BLOCK }

    /** Whether the box's layers work as configured. */
    public enum Status { OK, PROBLEM, BLOCKED }

    public GraphNode {
        layers = List.copyOf(layers);
    }

    /** Params and MACs for the box, leaving out what is zero (a batch norm has params but no MACs). */
    public String numbersText() {
        String p = params == 0 ? "" : text("graph.box.params", Numbers.scaled(params));
        String m = macs == 0 ? "" : Numbers.scaled(macs) + " " + computeName;
        return (p + "  " + m).trim();
    }
}
