package org.cnnexplorer.onnx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import onnx.Onnx;
import org.cnnexplorer.core.ElementSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ImportedNetworks;
import org.cnnexplorer.io.model.ModelFileException;

/**
 * Walks an ONNX graph in its (topological) node order and builds one spec node per operator,
 * keeping the file's node names. Data edges become the nodes' input names; initializers and
 * constants are read for their shapes only. {@link OnnxOps} says what each operator becomes.
 */
final class OnnxGraphMapper {

    private final Onnx.ModelProto model;
    private final Onnx.GraphProto graph;
    private final String file;
    private final Map<String, Onnx.TensorProto> constants = new HashMap<>();
    private final Map<String, String> producers = new HashMap<>();
    private final Set<String> laterOutputs = new HashSet<>();
    private final Set<String> names = new HashSet<>(Set.of(NetworkAnalyzer.INPUT));
    private final Set<Integer> fused = new HashSet<>();
    private final List<NodeSpec> nodes = new ArrayList<>();
    private final Map<String, Map<String, String>> weights = new java.util.LinkedHashMap<>();

    OnnxGraphMapper(Onnx.ModelProto model, String file) {
        this.model = model;
        this.graph = model.getGraph();
        this.file = file;
    }

    NetworkSpec toSpec() throws ModelFileException {
        checkOpset();
        for (Onnx.TensorProto tensor : graph.getInitializerList()) {
            constants.put(tensor.getName(), tensor);
        }
        Shape input = input();
        for (Onnx.NodeProto node : graph.getNodeList()) {
            laterOutputs.addAll(node.getOutputList());
        }
        for (int i = 0; i < graph.getNodeCount(); i++) {
            Onnx.NodeProto node = graph.getNode(i);
            node.getOutputList().forEach(laterOutputs::remove);
            if (!fused.contains(i)) {
                map(i, node);
            }
        }
        if (nodes.isEmpty()) {
            throw new ModelFileException(Messages.text("onnx.graph.empty", file));
        }
        int classes = classes();
        String id = ImportedNetworks.id(file, ".onnx", "onnx-model");
        return new NetworkSpec(id, id, variant(), file, input, classes,
                ImportedNetworks.withClassifier(nodes, classes));
    }

    private void map(int index, Onnx.NodeProto node) throws ModelFileException {
        String name = uniqueName(node, index);
        OnnxNode context = new OnnxNode(this, node, name, index);
        try {
            OnnxOps.Mapped mapped = OnnxOps.map(context);
            if (mapped instanceof OnnxOps.Alias alias) {
                producers.put(node.getOutput(0), alias.source());
            } else if (mapped instanceof OnnxOps.Constant constant) {
                constants.put(node.getOutput(0), constant.value());
            } else if (mapped instanceof OnnxOps.Layer layer) {
                add(name, layer, node);
            } else if (mapped instanceof OnnxOps.Layers layers) {
                for (int i = 0; i < layers.layers().size(); i++) {
                    add(name + "." + i, layers.layers().get(i), node);
                }
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw context.error(e.getMessage());
        }
    }

    private void add(String name, OnnxOps.Layer layer, Onnx.NodeProto node) {
        names.add(name);
        weights.put(name, layer.weights());
        nodes.add(new NodeSpec(name, layer.element(), layer.inputs(), true));
        producers.put(layer.outputTensor() == null ? node.getOutput(0) : layer.outputTensor(), name);
    }

    /** The spec node that computes the tensor, or a message saying why there is none. */
    String producer(OnnxNode node, String tensor) throws ModelFileException {
        String producer = producers.get(tensor);
        if (producer != null) {
            return producer;
        }
        if (constants.containsKey(tensor)) {
            throw node.error(Messages.text("onnx.graph.constantInput", tensor));
        }
        if (laterOutputs.contains(tensor)) {
            throw node.error(Messages.text("onnx.graph.order", tensor));
        }
        throw node.error(Messages.text("onnx.graph.noSource", tensor));
    }

    Onnx.TensorProto constant(String tensor) {
        return constants.get(tensor);
    }

    /** The constant of that tensor, also from a Constant node later in the file (read ahead of a fused node). */
    Onnx.TensorProto constantAhead(String tensor) {
        Onnx.TensorProto known = constants.get(tensor);
        if (known != null) {
            return known;
        }
        return graph.getNodeList().stream()
                .filter(n -> "Constant".equals(n.getOpType()) && n.getOutputList().contains(tensor))
                .map(n -> new OnnxAttributes(n).tensor("value")).findFirst().orElse(null);
    }

    String file() {
        return file;
    }

    /** The nodes of the graph that read the tensor, with their positions. */
    List<Integer> consumers(String tensor) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            if (graph.getNode(i).getInputList().contains(tensor)) {
                found.add(i);
            }
        }
        return found;
    }

    Onnx.NodeProto node(int index) {
        return graph.getNode(index);
    }

    /** Marks a later node as computed by an earlier one (MatMul + Add as one dense layer). */
    void fuse(int index) {
        fused.add(index);
    }

    private Shape input() throws ModelFileException {
        List<Onnx.ValueInfoProto> inputs = graph.getInputList().stream()
                .filter(v -> !constants.containsKey(v.getName())).toList();
        if (inputs.size() != 1) {
            throw new ModelFileException(Messages.text("onnx.graph.inputs", file, inputs.size()));
        }
        Onnx.ValueInfoProto value = inputs.get(0);
        List<Onnx.TensorShapeProto.Dimension> dims = value.getType().getTensorType().getShape().getDimList();
        if (dims.size() != 4) {
            throw new ModelFileException(Messages.text("onnx.graph.inputDims", file, value.getName(), dims.size()));
        }
        int[] sizes = new int[3];
        for (int i = 1; i < 4; i++) {
            Onnx.TensorShapeProto.Dimension dim = dims.get(i);
            if (!dim.hasDimValue() || dim.getDimValue() < 1 || dim.getDimValue() > Integer.MAX_VALUE) {
                throw new ModelFileException(Messages.text("onnx.graph.inputFixed", file, value.getName(), i,
                        dim.hasDimValue() ? Long.toString(dim.getDimValue()) : "'" + dim.getDimParam() + "'"));
            }
            sizes[i - 1] = (int) dim.getDimValue();
        }
        producers.put(value.getName(), NetworkAnalyzer.INPUT);
        return Shape.of(sizes[0], sizes[1], sizes[2]);
    }

    private void checkOpset() throws ModelFileException {
        for (Onnx.OperatorSetIdProto opset : model.getOpsetImportList()) {
            boolean standard = opset.getDomain().isEmpty() || "ai.onnx".equals(opset.getDomain());
            if (standard && (opset.getVersion() < 7 || opset.getVersion() > 21)) {
                throw new ModelFileException(Messages.text("onnx.graph.opset", file, opset.getVersion()));
            }
        }
    }

    private int opset() {
        return (int) model.getOpsetImportList().stream()
                .filter(o -> o.getDomain().isEmpty() || "ai.onnx".equals(o.getDomain()))
                .mapToLong(Onnx.OperatorSetIdProto::getVersion).max().orElse(13);
    }

    private int classes() {
        if (graph.getOutputCount() > 0) {
            List<Onnx.TensorShapeProto.Dimension> dims =
                    graph.getOutput(0).getType().getTensorType().getShape().getDimList();
            if (dims.size() >= 2 && dims.get(1).hasDimValue() && dims.get(1).getDimValue() >= 1
                    && dims.get(1).getDimValue() <= Integer.MAX_VALUE) {
                return (int) dims.get(1).getDimValue();
            }
        }
        return ImportedNetworks.lastDenseUnits(nodes);
    }

    private String uniqueName(Onnx.NodeProto node, int index) {
        String base = node.getName().isBlank() ? node.getOpType() + "_" + index : node.getName();
        String name = base;
        for (int n = 1; names.contains(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    private String variant() {
        String producer = (model.getProducerName() + " " + model.getProducerVersion()).trim();
        String name = graph.getName().isBlank() ? "" : ", graph '" + graph.getName() + "'";
        return "ONNX, opset " + opset() + (producer.isEmpty() ? "" : ", written by " + producer) + name;
    }

    /** Per layer name: the constants it reads by role (see {@link OnnxOps.Layer#weights()}). */
    Map<String, Map<String, String>> weights() {
        return weights;
    }

    /** Per layer name: how many values its constants hold. */
    Map<String, Long> weightCounts() {
        Map<String, Long> counts = new HashMap<>();
        weights.forEach((layer, byRole) -> counts.put(layer, byRole.values().stream()
                .mapToLong(t -> OnnxInitializers.elements(constants.get(t))).reduce(0, Math::addExact)));
        return counts;
    }

    int opsetVersion() {
        return opset();
    }
}
