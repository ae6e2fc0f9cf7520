package org.cnnexplorer.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import onnx.Onnx;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelFormat;
import org.nd4j.shade.protobuf.CodedInputStream;
import org.nd4j.shade.protobuf.InvalidProtocolBufferException;

/**
 * Reads an ONNX model (opsets 9-17) into a network spec with the file's node names: the graph's
 * structure and the shapes of its initializers, not their values, so a file whose weights were
 * left out (external data) reads as well. Parameters counted from the initializers must equal
 * the core's own count, or the file is refused. See docs/model-format.md, section ONNX.
 */
public final class OnnxModelReader implements ModelFormat {

    /** Protobuf's own limit for one message. */
    static final long MAX_BYTES = Integer.MAX_VALUE;

    @Override
    public String extension() {
        return ".onnx";
    }

    @Override
    public String description() {
        return "ONNX model";
    }

    @Override
    public NetworkSpec read(Path file) throws ModelFileException {
        return read(parse(file), String.valueOf(file.getFileName()));
    }

    /** Parses the bytes of a model; {@code fileName} appears in messages. */
    public static NetworkSpec read(byte[] bytes, String fileName) throws ModelFileException {
        return read(parse(bytes, fileName), fileName);
    }

    private static NetworkSpec read(Onnx.ModelProto model, String fileName) throws ModelFileException {
        OnnxGraphMapper mapper = new OnnxGraphMapper(model, fileName);
        NetworkSpec spec = mapper.toSpec();
        checkWeights(spec, mapper.weightCounts(), fileName);
        return spec;
    }

    /** Every layer's parameters and buffers, as the core counts them, equal the initializers it reads. */
    private static void checkWeights(NetworkSpec spec, Map<String, Long> weights, String fileName)
            throws ModelFileException {
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        for (LayerReport layer : report.layers()) {
            Long declared = weights.get(layer.name());
            if (declared != null && layer.isValid() && declared != layer.params() + layer.buffers()) {
                throw new ModelFileException(Messages.text("onnx.read.initializers", fileName, layer.name(),
                        String.format("%,d", declared), layer.type(), String.format("%,d",
                        layer.params() + layer.buffers())));
            }
        }
    }

    private static Onnx.ModelProto parse(Path file) throws ModelFileException {
        String name = String.valueOf(file);
        try {
            if (Files.isDirectory(file)) {
                throw new ModelFileException(Messages.text("onnx.read.folder", name));
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw new ModelFileException(Messages.text("onnx.read.tooLargeExternal", name));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES - 8);
                if (in.read() >= 0) {
                    throw new ModelFileException(Messages.text("onnx.read.tooLarge", name));
                }
                return parse(bytes, name);
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(Messages.text("io.file.missing", name));
        } catch (IOException e) {
            throw new ModelFileException(Messages.text("io.file.cannotRead", name, e.getMessage()));
        } catch (OutOfMemoryError e) {
            throw new ModelFileException(Messages.text("onnx.read.memory", name));
        }
    }

    static Onnx.ModelProto parse(byte[] bytes, String name) throws ModelFileException {
        if (bytes.length == 0) {
            throw new ModelFileException(Messages.text("onnx.read.empty", name));
        }
        Onnx.ModelProto model;
        try {
            CodedInputStream input = CodedInputStream.newInstance(bytes);
            input.setRecursionLimit(200);
            model = Onnx.ModelProto.parseFrom(input);
            input.checkLastTagWas(0);
        } catch (InvalidProtocolBufferException e) {
            throw new ModelFileException(Messages.text("onnx.read.notModel", name, plain(e)));
        } catch (IOException e) {
            throw new ModelFileException(Messages.text("io.file.cannotRead", name, plain(e)));
        }
        if (model.getIrVersion() <= 0 || !model.hasGraph() || model.getGraph().getNodeCount() == 0) {
            throw new ModelFileException(Messages.text("onnx.read.noGraph", name));
        }
        return model;
    }

    private static String plain(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
