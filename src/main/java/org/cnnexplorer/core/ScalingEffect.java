package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.List;

/**
 * What the width and depth multipliers actually change in one network, so that nothing says
 * "scaled: depth x1.5" of a network that the depth multiplier leaves as it was (decision 0012).
 * A multiplier other than 1 is <em>idle</em> when {@link NetworkScaler#scale} with it alone gives
 * back the same nodes and overrides: the network has nothing it scales (depth on a network written
 * layer by layer, with no stage, repeat or dense block; width on a network whose only weight layer
 * is its output), or every count rounds back to itself ({@code ceil(1 x 0.5) = 1}). Resolution
 * always reaches the input and is never idle.
 *
 * @param requested the multipliers as set
 * @param width     why the width multiplier changes nothing, or null when it is 1 or changes something
 * @param depth     why the depth multiplier changes nothing, or null when it is 1 or changes something
 */
public record ScalingEffect(ScalingMultipliers requested, Message width, Message depth) {

    /** A probe multiplier that changes every count a network has: twice the width or the depth. */
    private static final double PROBE = 2;

    /** The effect of {@code m} on {@code spec} (the network as declared, before scaling). */
    public static ScalingEffect of(NetworkSpec spec, ScalingMultipliers m) {
        Message width = m.width() == 1 ? null : idle(spec, m.width(), new ScalingMultipliers(m.width(), 1, 1),
                new ScalingMultipliers(PROBE, 1, 1), "arch.m.widthNothing", "arch.m.widthSame", "scaling.width");
        Message depth = m.depth() == 1 ? null : idle(spec, m.depth(), new ScalingMultipliers(1, m.depth(), 1),
                new ScalingMultipliers(1, PROBE, 1), "arch.m.depthNothing", "arch.m.depthSame", "scaling.depth");
        return new ScalingEffect(m, width, depth);
    }

    private static Message idle(NetworkSpec spec, double value, ScalingMultipliers alone, ScalingMultipliers probe,
                                String nothingKey, String sameKey, String nameKey) {
        if (changes(spec, alone)) {
            return null;
        }
        return Message.of(changes(spec, probe) ? sameKey : nothingKey, times(nameKey, value), spec.name());
    }

    /** {@code depth x1.5}. */
    private static Message times(String nameKey, double value) {
        return Message.of("scaling.times", Message.of(nameKey), ScalingMultipliers.format(value));
    }

    private static boolean changes(NetworkSpec spec, ScalingMultipliers m) {
        try {
            NetworkSpec scaled = NetworkScaler.scale(spec, m);
            return !scaled.nodes().equals(spec.nodes()) || !scaled.overrides().equals(spec.overrides());
        } catch (IllegalArgumentException e) {
            return true; // a block the new counts break: changed, into a problem the analysis reports
        }
    }

    /** The multipliers that change something: the idle ones set back to 1. */
    public ScalingMultipliers effective() {
        return new ScalingMultipliers(width == null ? requested.width() : 1, depth == null ? requested.depth() : 1,
                requested.resolution());
    }

    /** A short note for each idle multiplier ({@code depth x1.5: no effect}), width first; empty when none is. */
    public List<Message> notes() {
        List<Message> notes = new ArrayList<>();
        if (width != null) {
            notes.add(Message.of("arch.m.note", times("scaling.width", requested.width())));
        }
        if (depth != null) {
            notes.add(Message.of("arch.m.note", times("scaling.depth", requested.depth())));
        }
        return List.copyOf(notes);
    }

    /** Why each idle multiplier changes nothing, width first; empty when none is idle. */
    public List<Message> idle() {
        List<Message> idle = new ArrayList<>();
        if (width != null) {
            idle.add(width);
        }
        if (depth != null) {
            idle.add(depth);
        }
        return List.copyOf(idle);
    }
}
