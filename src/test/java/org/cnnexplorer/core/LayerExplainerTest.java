package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind's example explains every figure, under every convention, with numbers that evaluate to it. */
class LayerExplainerTest {

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void theExampleOfEveryKindExplainsEachFigureExactly(LayerKind kind) {
        NetworkSpec spec = LayerKindSamples.network(kind);
        for (Conventions conventions : new Conventions[] {Conventions.DEFAULT, new Conventions(true, true, true)}) {
            NetworkReport report = NetworkAnalyzer.analyze(spec,
                    AnalysisSettings.defaultsFor(spec).withBatch(3).withConventions(conventions));
            for (LayerReport layer : report.layers()) {
                Map<Figure, Formula> formulas = LayerExplainer.explain(layer, report);
                assertEquals(Figure.values().length, formulas.size(), kind + " " + layer.name());
                formulas.forEach((figure, formula) -> {
                    assertEquals(figure.of(layer, report.settings()), formula.value(), formula.text());
                    assertEquals(BigInteger.valueOf(formula.value()), FormulaEvaluator.evaluate(formula.numbers()),
                            kind + " " + layer.name() + ": " + formula.text());
                    assertFalse(formula.text().isBlank());
                });
            }
        }
    }
}
