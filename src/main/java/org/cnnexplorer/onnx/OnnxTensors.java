package org.cnnexplorer.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import onnx.Onnx;

/** Reads the values of small constant tensors (shapes, ratios), stored inline or as raw bytes. */
final class OnnxTensors {

    private static final int FLOAT = 1;
    private static final int INT32 = 6;
    private static final int INT64 = 7;
    private static final int DOUBLE = 11;

    private OnnxTensors() {
    }

    /** The integer values of an int32/int64 tensor (empty for other types). */
    static List<Long> int64Values(Onnx.TensorProto tensor) {
        List<Long> values = new ArrayList<>();
        if (tensor.getDataType() == INT64) {
            if (tensor.getInt64DataCount() > 0) {
                return tensor.getInt64DataList();
            }
            ByteBuffer raw = raw(tensor);
            while (raw.remaining() >= 8) {
                values.add(raw.getLong());
            }
        } else if (tensor.getDataType() == INT32) {
            if (tensor.getInt32DataCount() > 0) {
                tensor.getInt32DataList().forEach(v -> values.add((long) v));
                return values;
            }
            ByteBuffer raw = raw(tensor);
            while (raw.remaining() >= 4) {
                values.add((long) raw.getInt());
            }
        }
        return values;
    }

    /** The values of a float/double tensor (empty for other types). */
    static List<Double> floatValues(Onnx.TensorProto tensor) {
        List<Double> values = new ArrayList<>();
        if (tensor.getDataType() == FLOAT) {
            if (tensor.getFloatDataCount() > 0) {
                tensor.getFloatDataList().forEach(v -> values.add((double) v));
                return values;
            }
            ByteBuffer raw = raw(tensor);
            while (raw.remaining() >= 4) {
                values.add((double) raw.getFloat());
            }
        } else if (tensor.getDataType() == DOUBLE) {
            if (tensor.getDoubleDataCount() > 0) {
                return tensor.getDoubleDataList();
            }
            ByteBuffer raw = raw(tensor);
            while (raw.remaining() >= 8) {
                values.add(raw.getDouble());
            }
        }
        return values;
    }

    private static ByteBuffer raw(Onnx.TensorProto tensor) {
        return tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }
}
