package org.cnnexplorer.onnx;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import onnx.Onnx;

/** The attributes of one node, read with defaults; a value of the wrong kind is the caller's error. */
final class OnnxAttributes {

    private final Map<String, Onnx.AttributeProto> byName = new HashMap<>();

    OnnxAttributes(Onnx.NodeProto node) {
        for (Onnx.AttributeProto attribute : node.getAttributeList()) {
            byName.put(attribute.getName(), attribute);
        }
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    long integer(String name, long fallback) {
        Onnx.AttributeProto a = byName.get(name);
        return a == null ? fallback : a.getI();
    }

    /**
     * A float attribute as the decimal it was written as: ONNX stores 1e-5 as the float nearest to
     * it, which as a double prints 9.999999747378752E-6; the shortest decimal of the float does not.
     */
    double number(String name, float fallback) {
        Onnx.AttributeProto a = byName.get(name);
        return Double.parseDouble(Float.toString(a == null ? fallback : a.getF()));
    }

    String text(String name, String fallback) {
        Onnx.AttributeProto a = byName.get(name);
        return a == null ? fallback : a.getS().toString(StandardCharsets.UTF_8);
    }

    /** The list, or the fallback when absent or empty. */
    List<Long> integers(String name, List<Long> fallback) {
        Onnx.AttributeProto a = byName.get(name);
        return a == null || a.getIntsCount() == 0 ? fallback : a.getIntsList();
    }

    /** The float list, or empty when absent. */
    List<Double> numbers(String name) {
        Onnx.AttributeProto a = byName.get(name);
        return a == null ? List.of() : a.getFloatsList().stream().map(Float::doubleValue).toList();
    }

    Onnx.TensorProto tensor(String name) {
        Onnx.AttributeProto a = byName.get(name);
        return a == null || !a.hasT() ? null : a.getT();
    }
}
