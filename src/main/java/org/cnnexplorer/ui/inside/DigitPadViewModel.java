package org.cnnexplorer.ui.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cnnexplorer.inside.DrawnDigit;
import org.cnnexplorer.inside.Stroke;

/**
 * The drawing canvas' state: the strokes drawn so far on a {@value #SIZE} x {@value #SIZE} pad (white
 * lines of radius {@value #RADIUS} on black, about as thick for the pad as MNIST's pen strokes are for
 * its 28 x 28 field). Each finished stroke prepares the digit as MNIST was made and hands it on.
 */
public final class DigitPadViewModel {

    /** The pad's size in pixels. */
    public static final int SIZE = 224;
    /** The pen's radius in pad pixels. */
    public static final double RADIUS = 10;

    private final List<Stroke> strokes = new ArrayList<>();
    private final ReadOnlyObjectWrapper<DrawnDigit> digit = new ReadOnlyObjectWrapper<>();
    private final Consumer<DrawnDigit> drawn;

    /** {@code drawn} gets every digit as a stroke ends. */
    public DigitPadViewModel(Consumer<DrawnDigit> drawn) {
        this.drawn = drawn;
    }

    /** The pen touches the pad: a new stroke. */
    public void press(double x, double y) {
        strokes.add(Stroke.at(x, y));
    }

    /** The pen moves: the stroke goes on (a move without a stroke starts one). */
    public void drag(double x, double y) {
        if (strokes.isEmpty()) {
            press(x, y);
            return;
        }
        strokes.set(strokes.size() - 1, strokes.get(strokes.size() - 1).to(x, y));
    }

    /** The pen lifts: the digit as drawn so far goes through the network. */
    public void release() {
        DrawnDigit.prepare(Stroke.raster(strokes, SIZE, RADIUS), SIZE).ifPresent(prepared -> {
            digit.set(prepared);
            drawn.accept(prepared);
        });
    }

    /** An empty pad. */
    public void clear() {
        strokes.clear();
        digit.set(null);
    }

    public List<Stroke> strokes() {
        return List.copyOf(strokes);
    }

    /** The last prepared digit (28 x 28), or null on an empty pad. */
    public ReadOnlyObjectProperty<DrawnDigit> digitProperty() {
        return digit.getReadOnlyProperty();
    }
}
