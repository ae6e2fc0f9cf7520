package org.cnnexplorer.dl4j.session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cnnexplorer.dl4j.layers.ChannelShuffleVertex;
import org.cnnexplorer.dl4j.layers.ChannelSubsetVertex;
import org.cnnexplorer.dl4j.layers.GroupedConvolutionLayer;
import org.cnnexplorer.dl4j.layers.HardSigmoid;
import org.cnnexplorer.dl4j.layers.HardSwish;
import org.cnnexplorer.dl4j.layers.InterpolationVertex;
import org.cnnexplorer.dl4j.layers.MultiplyVertex;
import org.cnnexplorer.dl4j.layers.OneDnnTanh;
import org.cnnexplorer.dl4j.layers.TransposedConvolutionLayer;
import org.cnnexplorer.dl4j.layers.TunedConvolutionLayer;
import org.cnnexplorer.dl4j.layers.TunedDepthwiseConvolutionLayer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.shade.jackson.databind.DeserializationContext;
import org.nd4j.shade.jackson.databind.JavaType;
import org.nd4j.shade.jackson.databind.deser.DeserializationProblemHandler;
import org.nd4j.shade.jackson.databind.jsontype.TypeIdResolver;

/**
 * Restores the DL4J model of a saved run. DL4J writes the class name of every layer, vertex,
 * activation and schedule configuration into the model's JSON; our custom ones were in
 * {@code org.cnnexplorer.dl4j} until the package was split into rooms, so a run saved before names
 * them there. A handler on DL4J's JSON mapper reads each such name as the class at its new place
 * ({@link #MOVED}); any other unknown name stays an error.
 */
final class SavedModels {

    /** Our classes that DL4J writes into a saved model, by the name they had before the split. */
    private static final Map<String, Class<?>> MOVED = Stream.of(TunedConvolutionLayer.class,
                    TunedDepthwiseConvolutionLayer.class, GroupedConvolutionLayer.class,
                    TransposedConvolutionLayer.class, ChannelShuffleVertex.class, ChannelSubsetVertex.class,
                    InterpolationVertex.class, MultiplyVertex.class, HardSigmoid.class, HardSwish.class,
                    OneDnnTanh.class, CosineDecaySchedule.class)
            .collect(Collectors.toUnmodifiableMap(type -> "org.cnnexplorer.dl4j." + type.getSimpleName(),
                    type -> type));

    static {
        NeuralNetConfiguration.mapper().addHandler(new MovedClasses());
    }

    private SavedModels() {
    }

    /** The graph of a saved model ({@code RunFiles.readModel}), with its updater state if asked for. */
    static ComputationGraph restore(byte[] model, boolean withUpdater) throws IOException {
        return ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(model), withUpdater);
    }

    /** Reads a class name of {@link #MOVED} as the class at its new place. */
    private static final class MovedClasses extends DeserializationProblemHandler {

        @Override
        public JavaType handleUnknownTypeId(DeserializationContext context, JavaType baseType, String typeId,
                                            TypeIdResolver resolver, String failure) {
            Class<?> moved = MOVED.get(typeId);
            return moved == null ? null : context.constructType(moved);
        }
    }
}
