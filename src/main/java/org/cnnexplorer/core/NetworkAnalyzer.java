package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands a {@link NetworkSpec} into layers and computes every layer's shapes, parameters, MACs
 * and receptive field, then the totals. Impossible layers become {@link Problem}s naming the
 * layer and the numbers; the layers after them are marked blocked. Never throws for a
 * configuration a user can type.
 */
public final class NetworkAnalyzer {

    /** The name of the first row, the network input. */
    public static final String INPUT = "input";

    private final NetworkSpec spec;
    private final AnalysisSettings settings;
    private final List<LayerReport> layers = new ArrayList<>();
    private final LayerIndex index = new LayerIndex();
    private final List<Problem> problems = new ArrayList<>();
    private final RunningTotals running = new RunningTotals();
    private final NetworkScaler scaler;

    private NetworkAnalyzer(NetworkSpec spec, AnalysisSettings settings) {
        this.spec = spec;
        this.settings = settings;
        this.scaler = NetworkScaler.of(spec, settings.scaling());
    }

    /** Analyses the network with its own input shape and classes, batch 1, float32, SGD. */
    public static NetworkReport analyze(NetworkSpec spec) {
        return analyze(spec, AnalysisSettings.defaultsFor(spec));
    }

    public static NetworkReport analyze(NetworkSpec spec, AnalysisSettings settings) {
        NetworkAnalyzer analyzer = new NetworkAnalyzer(spec, settings);
        analyzer.run();
        List<LayerReport> layers = settings.conventions().foldBatchNorm()
                ? BatchNormFolding.fold(analyzer.layers) : analyzer.layers;
        Totals totals = TotalsCalculator.compute(layers, settings);
        Message memory = TotalsCalculator.memoryProblem(totals, settings);
        if (memory != null) {
            analyzer.problems.add(new Problem(TotalsCalculator.MEMORY, memory));
        }
        return new NetworkReport(spec, settings, layers, totals, analyzer.problems);
    }

    private void run() {
        addInput();
        String previous = INPUT;
        long expanded = 0;
        boolean refused = false;
        for (NodeSpec declared : spec.nodes()) {
            List<String> inputs = declared.inputs().isEmpty() ? List.of(previous) : declared.inputs();
            NodeSpec node;
            try {
                node = scaler.node(declared);
            } catch (IllegalArgumentException e) {
                recordInvalid(declared.name(), asLayer(declared), List.of(), index.resolveAll(inputs), reasonOf(e));
                previous = declared.name();
                continue;
            }
            long own = ExpansionLimit.layers(node);
            Message tooLarge = refused ? null : ExpansionLimit.check(node, own, expanded);
            if (refused || tooLarge != null) {
                // counted before expanding: a block of 10^9 copies is refused at once, and what follows is blocked
                recordInvalid(node.name(), asLayer(node), List.of(), index.resolveAll(inputs), tooLarge);
                refused = true;
            } else {
                expanded = Saturating.sum(expanded, own);
                analyzeNode(node, inputs, List.of(), node.trainable());
            }
            previous = node.name();
        }
    }

    private void addInput() {
        Shape shape = settings.input();
        InputSpec input = new InputSpec(shape);
        try {
            running.add(0, 0, 0, 0, Counts.elements("core.count.inputValues", shape), 0);
            add(new LayerReport(INPUT, input, List.of(), List.of(), List.of(), shape, 0, true, 0, 0, 0,
                    ReceptiveField.PIXEL, null));
        } catch (ShapeException e) {
            recordInvalid(INPUT, input, List.of(), List.of(), e.reason());
        }
    }

    /** Analyses a node (expanding blocks recursively) and returns the name holding its output. */
    private String analyzeNode(NodeSpec node, List<String> declaredInputs, List<String> path, boolean trainable) {
        List<String> inputs = index.resolveAll(declaredInputs);
        Message unusable = checkNameAndInputs(node, inputs);
        if (unusable != null) {
            recordInvalid(node.name(), asLayer(node), path, inputs, unusable);
            return node.name();
        }
        if (node.element() instanceof BlockSpec block) {
            return analyzeBlock(node, block, inputs, path, trainable);
        }
        analyzeLayer(node.name(), (LayerSpec) node.element(), inputs, path, trainable);
        return node.name();
    }

    private String analyzeBlock(NodeSpec node, BlockSpec block, List<String> inputs, List<String> path,
                                boolean trainable) {
        List<String> innerPath = append(path, node.name());
        if (!index.allValid(inputs)) {
            recordInvalid(node.name(), placeholder(block), path, inputs, null);
            return node.name();
        }
        BlockSpec.Expansion expansion;
        try {
            expansion = block.expand(node.name(), inputs, index.get(inputs.get(0)).output());
        } catch (ShapeException e) {
            recordInvalid(node.name(), placeholder(block), path, inputs, e.reason());
            return node.name();
        }
        for (NodeSpec child : expansion.nodes()) {
            analyzeNode(child, child.inputs(), innerPath, trainable && child.trainable());
        }
        index.addBlock(node.name(), expansion.output());
        return node.name();
    }

    private void analyzeLayer(String name, LayerSpec declared, List<String> inputs, List<String> path,
                              boolean trainable) {
        LayerSpec override = spec.overrides().get(name);
        LayerSpec layer = resolveClasses(override == null ? declared : scaler.layer(override));
        Message arityProblem = checkArity(layer, inputs.size());
        if (arityProblem != null || !index.allValid(inputs)) {
            recordInvalid(name, layer, path, inputs, arityProblem);
            return;
        }
        LayerInputs in = new LayerInputs(inputs, index.outputsOf(inputs));
        try {
            Shape out = layer.outputShape(in);
            long values = Counts.elements("core.count.outputValues", out);
            long params = layer.params(in);
            long buffers = layer.buffers(in);
            long macs = layer.macs(in, out);
            long otherOps = layer.otherOps(in, out);
            ReceptiveField field = layer.receptiveField(index.fieldsOf(inputs), in);
            running.add(params, buffers, macs, otherOps, layer.storesActivation() ? values : 0,
                    layer.isWeightLayer() ? values : 0); // bias additions, whatever the conventions
            add(new LayerReport(name, layer, path, inputs, in.shapes(), out, params, trainable, buffers, macs,
                    otherOps, field, null));
        } catch (ShapeException e) {
            recordInvalid(name, layer, path, inputs, e.reason());
        }
    }

    private LayerSpec resolveClasses(LayerSpec layer) {
        return layer instanceof DenseSpec dense ? dense.resolve(settings.classes()) : layer;
    }

    private Message checkNameAndInputs(NodeSpec node, List<String> inputs) {
        if (index.isTaken(node.name())) {
            return Message.of("problem.name.twice", node.name());
        }
        for (String input : inputs) {
            if (!index.contains(input)) {
                return Message.of("problem.input.undefined", input);
            }
        }
        return null;
    }

    private static Message checkArity(LayerSpec layer, int count) {
        if (layer.arity() == LayerSpec.MANY && count < 2) {
            return Message.of("problem.arity.many", layer.type(), count);
        }
        if (layer.arity() >= 1 && count != layer.arity()) {
            return Message.of(layer.arity() == 1 ? "problem.arity.one" : "problem.arity.some", layer.type(),
                    layer.arity(), count);
        }
        return null;
    }

    private void recordInvalid(String name, LayerSpec layer, List<String> path, List<String> inputs, Message problem) {
        List<String> known = inputs.stream().filter(index::contains).toList();
        List<Shape> shapes = known.stream().map(n -> index.get(n).output()).filter(s -> s != null).toList();
        add(new LayerReport(name, layer, path, known, shapes, null, 0, false, 0, 0, 0, null, problem));
        if (problem != null) {
            problems.add(new Problem(name, problem));
        }
    }

    private void add(LayerReport report) {
        layers.add(report);
        index.add(report);
    }

    /** A spec's own reason, or the plain text of a check outside the core (already in words). */
    static Message reasonOf(IllegalArgumentException e) {
        return e instanceof SpecException spec ? spec.reason() : Message.of("problem.text", e.getMessage());
    }

    private static LayerSpec asLayer(NodeSpec node) {
        return node.element() instanceof LayerSpec layer ? layer : placeholder((BlockSpec) node.element());
    }

    /** Stands in for a block that could not be expanded, so the table still shows a row for it. */
    private static LayerSpec placeholder(BlockSpec block) {
        return new UnexpandedBlockSpec(block);
    }

    private static List<String> append(List<String> path, String name) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        return longer;
    }
}
