package org.cnnexplorer.dl4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.nd4j.linalg.api.ndarray.INDArray;

/** The comparison the DL4J differential tests share: the largest difference relative to the largest value. */
public final class ArrayAsserts {

    private ArrayAsserts() {
    }

    /**
     * Fails unless max |actual - expected| / max(1e-6, max |expected|) is below {@code tolerance};
     * {@code what} names the arrays in the message.
     */
    public static void assertClose(INDArray expected, INDArray actual, double tolerance, String what) {
        double scale = Math.max(1e-6, expected.amaxNumber().doubleValue());
        double difference = actual.sub(expected).amaxNumber().doubleValue();
        assertTrue(difference / scale < tolerance, what + " differs by " + difference + " (scale " + scale + ")");
    }
}
