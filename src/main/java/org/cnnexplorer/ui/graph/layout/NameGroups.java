package org.cnnexplorer.ui.graph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collapsible groups for networks without blocks whose layer names are module paths, as PyTorch's
 * ONNX export writes them ({@code /layer1/layer1.0/conv1/Conv}) or as PyTorch names its modules
 * ({@code features.3.conv.0.0}, the flat built-ins MobileNet v2 and Xception): every path prefix
 * that two or more layers share, but not all of them, is a group ({@code /layer1},
 * {@code /layer1/layer1.0}; {@code features.3}), so an imported ResNet shows its stages and
 * bottlenecks, and an imported GoogLeNet its inception modules and their branches, as the
 * built-ins' blocks do.
 */
final class NameGroups {

    private final Map<String, List<String>> groupsOf = new HashMap<>();
    private final Map<String, Integer> members = new LinkedHashMap<>();

    private NameGroups() {
    }

    /** The groups of the names; none unless most names are paths ({@code /a/b} or {@code a.b}). */
    static NameGroups of(List<String> names) {
        NameGroups groups = new NameGroups();
        long paths = names.stream().filter(n -> !prefixes(n).isEmpty()).count();
        if (names.size() < 4 || paths * 2 < names.size()) {
            return groups;
        }
        for (String name : names) {
            for (String prefix : prefixes(name)) {
                groups.members.merge(prefix, 1, Integer::sum);
            }
        }
        groups.members.values().removeIf(count -> count < 2 || count >= names.size());
        for (String name : names) {
            List<String> path = new ArrayList<>();
            for (String prefix : prefixes(name)) {
                if (groups.members.containsKey(prefix)) {
                    path.add(prefix);
                }
            }
            groups.groupsOf.put(name, List.copyOf(path));
        }
        return groups;
    }

    /** The groups holding the layer, outermost first (empty when none). */
    List<String> of(String layer) {
        return groupsOf.getOrDefault(layer, List.of());
    }

    /** Every group's name. */
    java.util.Set<String> names() {
        return java.util.Set.copyOf(members.keySet());
    }

    /** Groups whose layers all sit in groups inside them (a stage of blocks): open at first, so those show. */
    java.util.Set<String> containers() {
        java.util.Set<String> direct = new java.util.HashSet<>();
        java.util.Set<String> containers = new java.util.HashSet<>();
        for (List<String> path : groupsOf.values()) {
            if (!path.isEmpty()) {
                direct.add(path.get(path.size() - 1));
            }
            containers.addAll(path);
        }
        containers.removeAll(direct);
        return containers;
    }

    /**
     * {@code /a/b/c/Conv} gives {@code /a}, {@code /a/b}, {@code /a/b/c}, and {@code a.b.c} gives
     * {@code a}, {@code a.b} (the layer itself excluded; a plain name none).
     */
    private static List<String> prefixes(String name) {
        List<String> prefixes = new ArrayList<>();
        char separator = name.startsWith("/") ? '/' : '.';
        for (int cut = name.indexOf(separator, 1); cut > 0; cut = name.indexOf(separator, cut + 1)) {
            prefixes.add(name.substring(0, cut));
        }
        return prefixes;
    }
}
