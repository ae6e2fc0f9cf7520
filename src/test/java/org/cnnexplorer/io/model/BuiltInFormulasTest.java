package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.Conventions;
import org.cnnexplorer.core.Figure;
import org.cnnexplorer.core.Formula;
import org.cnnexplorer.core.FormulaEvaluator;
import org.cnnexplorer.core.LayerExplainer;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.Metric;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.TotalsExplainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance test of the formulas: for every layer of every built-in, at its own input and at
 * 3x32x32 with 10 classes, under the default conventions and under all of them switched on, the
 * numbers of each figure's formula evaluate exactly to the figure the analysis shows.
 */
class BuiltInFormulasTest {

    private static final Conventions ALL_ON = new Conventions(true, true, true);

    static Stream<Arguments> cases() throws ModelFileException {
        List<Arguments> cases = new ArrayList<>();
        for (String id : ModelCatalog.IDS) {
            NetworkSpec spec = ModelCatalog.load(id);
            AnalysisSettings own = AnalysisSettings.defaultsFor(spec);
            AnalysisSettings cifar = own.withInput(Shape.of(3, 32, 32)).withClasses(10);
            for (AnalysisSettings settings : List.of(own, cifar)) {
                cases.add(Arguments.of(id, settings));
                cases.add(Arguments.of(id, settings.withConventions(ALL_ON)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyFormulaOfEveryLayerEvaluatesToItsFigure(String id, AnalysisSettings settings)
            throws ModelFileException {
        NetworkSpec spec = ModelCatalog.load(id);
        NetworkReport report = NetworkAnalyzer.analyze(spec.withInput(settings.input())
                .withClasses(settings.classes()), settings);
        for (LayerReport layer : report.layers()) {
            if (!layer.isValid()) {
                continue;
            }
            Map<Figure, Formula> formulas = LayerExplainer.explain(layer, report);
            assertEquals(EnumSet.allOf(Figure.class), formulas.isEmpty() ? EnumSet.noneOf(Figure.class)
                    : EnumSet.copyOf(formulas.keySet()), id + " " + layer.name() + ": every figure is explained");
            formulas.forEach((figure, formula) -> check(id + " " + layer.name() + " " + figure, formula,
                    figure.of(layer, settings)));
        }
        TotalsExplainer.explain(report).forEach((metric, formula) -> check(id + " total " + metric, formula,
                metric.of(report.totals())));
    }

    private static void check(String where, Formula formula, long shown) {
        assertEquals(shown, formula.value(), where + ": the formula's value is the figure shown");
        assertEquals(BigInteger.valueOf(shown), FormulaEvaluator.evaluate(formula.numbers()),
                where + ": " + formula.text());
        assertTrue(formula.text().contains(String.format(java.util.Locale.ROOT, "%,d", shown)), formula.text());
    }

    @Test
    void lenetsSecondConvolutionReadsAsInTheLecture() throws ModelFileException {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        LayerReport conv = report.layers().stream().filter(l -> l.name().equals("c3")).findFirst().orElseThrow();
        Map<Figure, Formula> formulas = LayerExplainer.explain(conv, report);
        assertEquals("params = (k_h*k_w*C_in/g)*F + F = (5*5*6/1)*16 + 16 = 2,416  (weights and a bias per filter)",
                formulas.get(Figure.PARAMS).text());
        assertEquals("H_out = floor((H_in + 2*p - d*(k-1) - 1)/s) + 1 = floor((14 + 2*0 - 1*(5-1) - 1)/1) + 1 = 10",
                formulas.get(Figure.OUT_HEIGHT).text());
    }

    @Test
    void totalsReadAsSumsOfTheLayers() throws ModelFileException {
        NetworkReport report = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        String text = TotalsExplainer.explain(report).get(Metric.PARAMS).text();
        assertTrue(text.startsWith("params = sum over the layers = 156 + 2,416 + "), text);
        assertTrue(text.endsWith("= 61,706"), text);
    }
}
