package org.cnnexplorer.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collapsible groups for networks without blocks whose layer names are module paths, as PyTorch's
 * ONNX export writes them ({@code /layer1/layer1.0/conv1/Conv}): every path prefix that two or
 * more layers share, but not all of them, is a group ({@code /layer1}, {@code /layer1/layer1.0}),
 * so an imported ResNet shows its stages and bottlenecks, and an imported GoogLeNet its inception
 * modules and their branches, as the built-ins do. Dotted module paths as torchvision names its
 * modules ({@code features.2.block.1.0}, the built-ins written out layer by layer from torchvision)
 * group the same way ({@code features}, {@code features.2}, {@code features.2.block}, ...).
 */
final class NameGroups {

    private final Map<String, List<String>> groupsOf = new HashMap<>();
    private final Map<String, Integer> members = new LinkedHashMap<>();
    private final char separator;

    private NameGroups(char separator) {
        this.separator = separator;
    }

    /** The groups of the names; none unless most names are paths ({@code /a/b} or {@code a.b}). */
    static NameGroups of(List<String> names) {
        long slashed = names.stream().filter(n -> n.startsWith("/") && n.indexOf('/', 1) > 0).count();
        long dotted = names.stream().filter(n -> !n.startsWith("/") && n.indexOf('.') > 0).count();
        NameGroups groups = new NameGroups(slashed >= dotted ? '/' : '.');
        if (names.size() < 4 || Math.max(slashed, dotted) * 2 < names.size()) {
            return groups;
        }
        for (String name : names) {
            for (String prefix : groups.prefixes(name)) {
                groups.members.merge(prefix, 1, Integer::sum);
            }
        }
        groups.members.values().removeIf(count -> count < 2 || count >= names.size());
        for (String name : names) {
            List<String> path = new ArrayList<>();
            for (String prefix : groups.prefixes(name)) {
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
     * {@code /a/b/c/Conv} gives {@code /a}, {@code /a/b}, {@code /a/b/c}; {@code a.b.c} gives {@code a},
     * {@code a.b} (the layer itself excluded).
     */
    private List<String> prefixes(String name) {
        List<String> prefixes = new ArrayList<>();
        if (separator == '/' ? !name.startsWith("/") : name.startsWith("/")) {
            return prefixes;
        }
        for (int cut = name.indexOf(separator, 1); cut > 0; cut = name.indexOf(separator, cut + 1)) {
            prefixes.add(name.substring(0, cut));
        }
        return prefixes;
    }
}
