package org.cnnexplorer.ui.training;

/** A point of a plotted curve: iteration or epoch, and the value. */
public record CurvePoint(double x, double y) {
}
