package org.cnnexplorer.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.AnalysisSettings;
import org.cnnexplorer.core.Metric;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareViewModelTest {

    private static CompareViewModel compare() throws Exception {
        NetworkSpec lenet = ModelCatalog.load("lenet5");
        return new CompareViewModel(() -> AnalysisSettings.defaultsFor(lenet));
    }

    @Test
    void theClassicFiveLineUpWithRatiosAgainstTheFirst() throws Exception {
        CompareViewModel vm = compare();
        vm.addDefaultsIfEmpty();
        assertEquals(CompareViewModel.DEFAULT_IDS, vm.entries().stream().map(CompareEntry::label).toList());
        CompareRow params = vm.row(Metric.PARAMS);
        assertEquals(List.of(61_706L, 61_100_840L, 138_357_544L, 6_624_904L, 25_557_032L), params.values());
        assertEquals("baseline", params.ratioText(0));
        assertEquals("990x", params.ratioText(1));
        assertEquals(0, params.best());
        assertEquals(2, params.worst());
        assertEquals("138,357,544", params.texts().get(2));
        assertEquals("138 M", params.shortTexts().get(2));
        assertEquals(Metric.values().length, vm.rowsProperty().get().size());
    }

    @Test
    void theChartSwitchesToLogScaleWhenValuesSpreadWidely() throws Exception {
        CompareViewModel vm = compare();
        vm.addDefaultsIfEmpty();
        assertTrue(vm.logScaleProperty().get(), "parameters span 61 k to 138 M");
        vm.chartMetricProperty().set(Metric.DEPTH);
        assertFalse(vm.logScaleProperty().get(), "depth spans 5 to 50");
    }

    @Test
    void oneNetworkInTwoConfigurationsGetsTwoColumns() throws Exception {
        CompareViewModel vm = compare();
        NetworkSpec alexnet = ModelCatalog.load("alexnet");
        AnalysisSettings at224 = AnalysisSettings.defaultsFor(alexnet);
        vm.add(alexnet, at224);
        vm.add(alexnet, at224.withInput(Shape.of(3, 64, 64)));
        vm.add(alexnet, at224);
        assertEquals(List.of("alexnet 3x224x224", "alexnet 3x64x64", "alexnet 3x224x224 #2"),
                vm.entries().stream().map(CompareEntry::label).toList());
        CompareRow macs = vm.row(Metric.MACS);
        assertTrue(macs.ratios().get(1) < 0.2, "a smaller input needs far fewer MACs");
        assertEquals(1, macs.best());
        CompareRow params = vm.row(Metric.PARAMS);
        assertEquals(-1, params.best(), "adaptive pooling keeps the parameters equal: no best or worst");
    }

    @Test
    void columnsCanBeRemovedAndMadeTheBaseline() throws Exception {
        CompareViewModel vm = compare();
        vm.addDefaultsIfEmpty();
        vm.makeBaseline(4);
        assertEquals("resnet50", vm.entries().get(0).label());
        assertEquals("1.00x", String.format("%.2fx", vm.row(Metric.PARAMS).ratios().get(0)));
        vm.remove(0);
        vm.remove(99);
        assertEquals(4, vm.entries().size());
        assertEquals("lenet5", vm.entries().get(0).label());
        vm.addDefaultsIfEmpty();
        assertEquals(4, vm.entries().size(), "defaults only fill an empty comparison");
    }

    @Test
    void makingABaselineReordersEveryRowOnceAndRatiosFollowIt() throws Exception {
        CompareViewModel vm = compare();
        vm.addDefaultsIfEmpty();
        int[] updates = {0};
        vm.rowsProperty().addListener((obs, old, now) -> updates[0]++);
        vm.makeBaseline(4);
        assertEquals(1, updates[0], "one reorder, one update of table and chart");
        assertEquals(List.of("resnet50", "lenet5", "alexnet", "vgg16", "googlenet"),
                vm.entries().stream().map(CompareEntry::label).toList());
        CompareRow params = vm.row(Metric.PARAMS);
        assertEquals(List.of(25_557_032L, 61_706L, 61_100_840L, 138_357_544L, 6_624_904L), params.values());
        assertEquals("baseline", params.ratioText(0));
        assertEquals("0.0024x", params.ratioText(1), "LeNet-5 against ResNet-50 is not 0.00x");
        assertEquals("2.39x", params.ratioText(2));
        assertEquals("5.41x", params.ratioText(3));
        assertEquals("0.26x", params.ratioText(4));
    }

    @ParameterizedTest
    @CsvSource({"37142.4, 37142x", "11.43, 11.4x", "2.3, 2.30x", "0.26, 0.26x", "0.0524, 0.052x",
            "0.00241, 0.0024x", "0.0001, 0.0001x", "0.0000243, 1/41000x", "0, 0x"})
    void smallRatiosKeepTwoSignificantDigits(double ratio, String text) {
        assertEquals(text, CompareRow.formatRatio(ratio));
    }

    @Test
    void aSecondCopyOfABuiltInGetsItsOwnColumnTitle() throws Exception {
        CompareViewModel vm = compare();
        vm.addBuiltIn("vgg16");
        vm.addBuiltIn("vgg16");
        assertEquals(List.of("vgg16", "vgg16 #2"), vm.entries().stream().map(CompareEntry::label).toList());
    }

    @Test
    void exportsStateTheInputSizeOfEveryColumn() throws Exception {
        CompareViewModel vm = compare();
        vm.addBuiltIn("lenet5");
        NetworkSpec alexnet = ModelCatalog.load("alexnet");
        vm.add(alexnet, AnalysisSettings.defaultsFor(alexnet).withInput(Shape.of(3, 64, 64)));
        String csv = vm.csv();
        assertTrue(csv.startsWith(",lenet5,alexnet 3x64x64\n"), csv);
        assertTrue(csv.contains("\nInput (CxHxW),1x28x28,3x64x64\n"), csv);
        assertTrue(csv.contains("\nClasses,10,1000\n"), csv);
        assertTrue(csv.contains("\nParameters,61706,"), csv);
        String markdown = vm.markdown();
        assertTrue(markdown.contains("| Input (CxHxW) | 1x28x28 | 3x64x64 |"), markdown);
        assertTrue(markdown.contains("| Parameters | 61,706 |"), markdown);
    }
}
