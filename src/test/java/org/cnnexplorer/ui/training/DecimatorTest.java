package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecimatorTest {

    private static List<CurvePoint> curve(int n) {
        List<CurvePoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new CurvePoint(i, Math.exp(-i / 1000.0)));
        }
        return points;
    }

    @Test
    void shortCurvesArePlottedWhole() {
        assertEquals(curve(100), Decimator.decimate(curve(100), 600));
    }

    @Test
    void longCurvesKeepAtMostTheLimitWithFirstAndLastInOrder() {
        List<CurvePoint> thinned = Decimator.decimate(curve(100_000), 600);
        assertTrue(thinned.size() <= 600, "size " + thinned.size());
        assertTrue(thinned.size() > 500);
        assertEquals(0, thinned.get(0).x());
        assertEquals(99_999, thinned.get(thinned.size() - 1).x());
        for (int i = 1; i < thinned.size(); i++) {
            assertTrue(thinned.get(i).x() > thinned.get(i - 1).x());
        }
    }

    @Test
    void aSpikeSurvivesThinning() {
        List<CurvePoint> points = new ArrayList<>(curve(50_000));
        points.set(31_337, new CurvePoint(31_337, 9.0));
        assertTrue(Decimator.decimate(points, 300).contains(new CurvePoint(31_337, 9.0)));
    }
}
