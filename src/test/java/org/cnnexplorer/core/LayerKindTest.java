package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The table of kinds agrees with the sealed spec hierarchy, so no kind can be left out of it. */
class LayerKindTest {

    @Test
    void everyRecordOfTheSealedHierarchyIsTheSpecClassOfAKind() {
        Set<Class<?>> records = leaves(ElementSpec.class);
        records.remove(UnexpandedBlockSpec.class);
        Set<Class<?>> tabled = Arrays.stream(LayerKind.values()).map(LayerKind::specClass).collect(Collectors.toSet());
        assertEquals(records, tabled, "a record implementing LayerSpec or BlockSpec needs a LayerKind constant");
    }

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void theExampleOfEveryKindIsOfThatKindAndClass(LayerKind kind) {
        ElementSpec sample = LayerKindSamples.of(kind);
        assertEquals(kind, sample.layerKind());
        assertEquals(kind.id(), sample.type());
        assertTrue(kind.specClass().isInstance(sample), kind + " is a " + kind.specClass().getSimpleName());
        assertFalse(kind.title().isBlank());
    }

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void blocksAreExactlyTheKindsHeldByBlockSpecs(LayerKind kind) {
        assertEquals(BlockSpec.class.isAssignableFrom(kind.specClass()), kind.isBlock(), kind.id());
    }

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void anUnexpandedBlockShowsAsItsBlocksKind(LayerKind kind) {
        if (LayerKindSamples.of(kind) instanceof BlockSpec block) {
            assertEquals(kind, new UnexpandedBlockSpec(block).layerKind());
        }
    }

    @Test
    void idsAreUnique() {
        long distinct = Arrays.stream(LayerKind.values()).map(LayerKind::id).distinct().count();
        assertEquals(LayerKind.values().length, distinct);
    }

    @Test
    void everyActivationFunctionHasItsOwnKindAndEveryActivationKindAFunction() {
        Set<LayerKind> ofFunctions = EnumSet.noneOf(LayerKind.class);
        for (Activation function : Activation.values()) {
            assertEquals(function.kind(), new ActivationSpec(function).layerKind());
            assertEquals(function, Activation.fromId(function.kind().id()));
            ofFunctions.add(function.kind());
        }
        Set<LayerKind> activationKinds = Arrays.stream(LayerKind.values())
                .filter(k -> k.specClass() == ActivationSpec.class).collect(Collectors.toSet());
        assertEquals(activationKinds, ofFunctions);
    }

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void theExampleNetworkOfEveryKindAnalysesWithoutProblems(LayerKind kind) {
        NetworkReport report = NetworkAnalyzer.analyze(LayerKindSamples.network(kind));
        assertTrue(report.isValid(), kind + ": " + report.problems());
    }

    /** The records below a sealed interface, through sealed sub-interfaces. */
    static Set<Class<?>> leaves(Class<?> sealed) {
        Set<Class<?>> out = new HashSet<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                out.addAll(leaves(permitted));
            } else {
                out.add(permitted);
            }
        }
        return out;
    }
}
