package org.cnnexplorer.ui.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cnnexplorer.ui.graph.layout.Layout.Box;
import org.cnnexplorer.ui.graph.layout.Layout.Point;
import org.cnnexplorer.ui.graph.layout.Layout.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WrapLayoutTest {

    private static final double VIEW_WIDTH = 1100;
    private static final double VIEW_HEIGHT = 800;

    private static double fitScale(Layout layout) {
        return Math.min(1, Math.min(VIEW_WIDTH / layout.width(), VIEW_HEIGHT / layout.height()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"googlenet", "resnet50", "vgg16"})
    void aDeepNetworkAtFitUsesSeveralColumnsAndTheWidth(String id) throws Exception {
        Layout base = GraphLayoutTest.layout(id, Set.of());
        int columns = WrapLayout.bestColumns(base, VIEW_WIDTH, VIEW_HEIGHT, 1);
        Layout wrapped = WrapLayout.wrap(base, columns);
        assertTrue(columns > 1, id + " in " + columns + " column(s)");
        assertTrue(wrapped.width() > VIEW_WIDTH / 2, "half the width or more is used: " + wrapped.width());
        assertTrue(fitScale(wrapped) > 2 * fitScale(base), "boxes drawn at least twice as large as in one column");
        double columnLefts = wrapped.boxes().values().stream().mapToDouble(Box::x).distinct().count();
        assertTrue(columnLefts >= columns);
    }

    @Test
    void aShortNetworkStaysInOneColumn() throws Exception {
        Layout base = GraphLayoutTest.layout("lenet5", Set.of());
        assertTrue(base.height() < 2000);
        assertEquals(1, WrapLayout.bestColumns(base, 1600, 2000, 1), "it shows at full size in one column");
    }

    @Test
    void boxesKeepTheirSizeAndNeverOverlapWhenWrapped() throws Exception {
        Layout wrapped = WrapLayout.wrap(GraphLayoutTest.layout("resnet50", Set.of("layer2.0")), 3);
        List<Box> boxes = List.copyOf(wrapped.boxes().values());
        for (int i = 0; i < boxes.size(); i++) {
            Box a = boxes.get(i);
            assertEquals(GraphLayout.BOX_WIDTH, a.width());
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= wrapped.width()
                    && a.y() + a.height() <= wrapped.height(), a.id() + " inside the picture");
            for (int j = i + 1; j < boxes.size(); j++) {
                Box b = boxes.get(j);
                boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                        && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
                assertFalse(overlap, a.id() + " and " + b.id());
            }
        }
    }

    @Test
    void everyEdgeStillRunsFromItsSourceToItsTargetAcrossColumns() throws Exception {
        Layout wrapped = WrapLayout.wrap(GraphLayoutTest.layout("googlenet", Set.of("inception4a")), 4);
        int crossing = 0;
        for (Route route : wrapped.routes()) {
            Box from = wrapped.boxes().get(route.edge().from());
            Box to = wrapped.boxes().get(route.edge().to());
            Point start = route.points().get(0);
            Point end = route.points().get(route.points().size() - 1);
            assertEquals(from.centerX(), start.x(), 0.01, route.edge().toString());
            assertEquals(from.y() + from.height(), start.y(), 0.01);
            assertEquals(to.centerX(), end.x(), 0.01);
            assertEquals(to.y(), end.y(), 0.01);
            crossing += from.x() != to.x() && route.points().size() >= 6 ? 1 : 0;
        }
        assertTrue(crossing >= 3, "three cuts, each crossed: " + crossing);
    }

    @Test
    void aFrameCutByAColumnIsDrawnAroundItsBoxesInEachColumn() throws Exception {
        Set<String> stages = Set.of("layer1", "layer2", "layer3", "layer4");
        Layout wrapped = WrapLayout.wrap(GraphLayoutTest.layout("resnet50", stages), 3);
        for (Layout.Frame frame : wrapped.frames()) {
            long boxesInside = frame.block().nodeIds().stream().map(wrapped.boxes()::get)
                    .filter(b -> b.x() >= frame.x() && b.x() + b.width() <= frame.x() + frame.width()
                            && b.y() >= frame.y() && b.y() + b.height() <= frame.y() + frame.height()).count();
            assertTrue(boxesInside > 0, frame.block().block() + " frames some of its boxes");
        }
        long parts = wrapped.frames().size();
        assertTrue(parts > GraphLayoutTest.layout("resnet50", stages).frames().size(), "some stage is cut in two");
    }
}
