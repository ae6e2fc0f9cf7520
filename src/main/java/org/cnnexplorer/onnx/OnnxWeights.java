package org.cnnexplorer.onnx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import onnx.Onnx;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.training.NetworkWeights;

/**
 * The learned values of an ONNX file's layers as {@link NetworkWeights} (PyTorch's layouts, the
 * file's node names), and the other way round a {@link WeightSource} over such values for export.
 */
public final class OnnxWeights {

    private OnnxWeights() {
    }

    /** Reads the values of every Conv, Gemm/MatMul and BatchNormalization layer of the file. */
    public static NetworkWeights read(Path file) throws ModelFileException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new ModelFileException(Messages.text("io.file.cannotRead", file, e.getMessage()));
        }
        Onnx.ModelProto model = OnnxModelReader.parse(bytes, name);
        OnnxGraphMapper mapper = new OnnxGraphMapper(model, name);
        mapper.toSpec();
        Map<String, float[]> tensors = new HashMap<>();
        for (Map.Entry<String, Map<String, String>> layer : mapper.weights().entrySet()) {
            for (Map.Entry<String, String> role : layer.getValue().entrySet()) {
                Onnx.TensorProto tensor = mapper.constant(role.getValue());
                float[] values = values(tensor, name, layer.getKey());
                if (role.getKey().equals("weight^T")) {
                    tensors.put(layer.getKey() + ".weight",
                            transpose(values, (int) tensor.getDims(0), (int) tensor.getDims(1)));
                } else {
                    tensors.put(layer.getKey() + "." + role.getKey(), values);
                }
            }
        }
        return new NetworkWeights(tensors);
    }

    /** Export values from {@code weights}; a layer without them is an error naming it. */
    public static WeightSource source(NetworkWeights weights) {
        return new WeightSource() {
            @Override
            public float[] weights(String layer, int count, long fanIn) {
                return checked(weights, layer, "weight", count);
            }

            @Override
            public float[] bias(String layer, int count) {
                return checked(weights, layer, "bias", count);
            }

            @Override
            public float[] batchNorm(String layer, String role, int channels) {
                return checked(weights, layer, role, channels);
            }
        };
    }

    private static float[] checked(NetworkWeights weights, String layer, String role, int count) {
        float[] values = weights.tensor(layer, role).orElseThrow(
                () -> new IllegalArgumentException(Messages.text("onnx.weights.none", role, layer)));
        if (values.length != count) {
            throw new IllegalArgumentException(Messages.text("onnx.weights.count", layer, role, values.length, count));
        }
        return values;
    }

    private static float[] values(Onnx.TensorProto tensor, String file, String layer) throws ModelFileException {
        long expected = OnnxInitializers.elements(tensor);
        List<Double> values = OnnxTensors.floatValues(tensor);
        if (values.size() != expected) {
            throw new ModelFileException(Messages.text("onnx.weights.partial", file, layer, tensor.getName(),
                    values.size(), expected));
        }
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i).floatValue();
        }
        return result;
    }

    /** A row-major {@code rows x columns} matrix as {@code columns x rows}. */
    private static float[] transpose(float[] values, int rows, int columns) {
        float[] result = new float[values.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                result[c * rows + r] = values[r * columns + c];
            }
        }
        return result;
    }
}
