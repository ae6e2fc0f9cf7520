package org.cnnexplorer.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The formulas of one layer while they are written. Every value is the analysis's own figure
 * ({@link Figure#of}); the formulas say how it comes about, and a test evaluates their numbers.
 */
final class FormulaSheet {

    private final LayerReport layer;
    private final List<ReceptiveField> fields;
    private final AnalysisSettings settings;
    private final Map<Figure, Formula> formulas = new EnumMap<>(Figure.class);

    FormulaSheet(LayerReport layer, List<ReceptiveField> fields, AnalysisSettings settings) {
        this.layer = layer;
        this.fields = fields;
        this.settings = settings;
    }

    LayerReport layer() {
        return layer;
    }

    /** The first input's shape. */
    Shape in() {
        return layer.inputShapes().get(0);
    }

    Shape out() {
        return layer.output();
    }

    List<ReceptiveField> fields() {
        return fields;
    }

    AnalysisSettings settings() {
        return settings;
    }

    long value(Figure figure) {
        return figure.of(layer, settings);
    }

    void put(Figure figure, String symbols, String numbers) {
        put(figure, symbols, numbers, "");
    }

    void put(Figure figure, String symbols, String numbers, String note) {
        formulas.put(figure, new Formula(figure.symbol(), symbols, numbers, value(figure), note));
    }

    /** A figure taken as it is, with a note saying why. */
    void given(Figure figure, String note) {
        formulas.put(figure, Formula.given(figure.symbol(), value(figure), note));
    }

    void putAll(List<Formula> written, Figure... figures) {
        for (int i = 0; i < figures.length; i++) {
            formulas.put(figures[i], written.get(i));
        }
    }

    void put(Figure figure, Formula formula) {
        formulas.put(figure, formula);
    }

    Map<Figure, Formula> done() {
        return Collections.unmodifiableMap(new EnumMap<>(formulas));
    }

    /** {@code C*H*W} of a feature map, {@code N} of a vector: symbols and numbers. */
    static String[] elements(Shape shape, String suffix) {
        if (shape.flat()) {
            return new String[] {"N" + suffix, Integer.toString(shape.channels())};
        }
        return new String[] {"C" + suffix + "*H" + suffix + "*W" + suffix,
            shape.channels() + "*" + shape.height() + "*" + shape.width()};
    }
}
