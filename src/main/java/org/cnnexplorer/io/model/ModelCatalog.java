package org.cnnexplorer.io.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.Printable;

/** The built-in networks, shipped as model files under {@code models/} (on the class path). */
public final class ModelCatalog {

    /**
     * Ids of the built-in networks. A new built-in is one more line; menus do not follow this order but
     * {@link #builtIns()}'s, which the files' {@code family} and {@code year} decide.
     */
    public static final List<String> IDS = List.of(
            "lenet5", "lenet5-32",
            "alexnet", "alexnet-paper", "alexnet-2gpu",
            "vgg16", "vgg19",
            "googlenet", "googlenet-paper",
            "resnet18", "resnet34", "resnet50", "resnet101", "resnet152",
            "resnext50-32x4d", "se-resnet50", "densenet121",
            "mobilenet-v1", "mobilenet-v2", "mobilenet-v3-large", "efficientnet-b0", "xception", "cspdarknet53",
            "fcn8s", "unet", "yolo-v1");

    /** A built-in network for menus: id, display name, exact variant and source, family and year. */
    public record Entry(String id, String name, String variant, String source, CatalogPlace place) {
    }

    private static volatile List<Entry> entries;

    private ModelCatalog() {
    }

    /**
     * The built-ins in menu order: grouped by family, the families in the order of their first year
     * (a tie in the order of {@link #IDS}), each family's networks by year, then in the order of {@link #IDS}.
     */
    public static List<Entry> builtIns() {
        if (entries == null) {
            List<Entry> list = new ArrayList<>();
            for (String id : IDS) {
                String text = builtInText(id);
                NetworkSpec spec = parse(id, text);
                list.add(new Entry(id, spec.name(), spec.variant(), spec.source(), place(id, text)));
            }
            entries = List.copyOf(menuOrder(list));
        }
        return entries;
    }

    static List<Entry> menuOrder(List<Entry> inFileOrder) {
        Map<String, Integer> firstYear = new HashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < inFileOrder.size(); i++) {
            CatalogPlace place = inFileOrder.get(i).place();
            int year = place.year() == 0 ? Integer.MAX_VALUE : place.year(); // undated families last
            firstYear.merge(place.family(), year, Math::min);
            firstIndex.putIfAbsent(place.family(), i);
        }
        List<Entry> sorted = new ArrayList<>(inFileOrder);
        sorted.sort(Comparator.<Entry>comparingInt(e -> firstYear.get(e.place().family()))
                .thenComparingInt(e -> firstIndex.get(e.place().family()))
                .thenComparingInt(e -> e.place().year())
                .thenComparingInt(inFileOrder::indexOf));
        return sorted;
    }

    public static boolean isBuiltIn(String id) {
        return IDS.contains(id.toLowerCase(Locale.ROOT));
    }

    /** A built-in network by id. */
    public static NetworkSpec load(String id) throws ModelFileException {
        String key = id.toLowerCase(Locale.ROOT);
        if (!IDS.contains(key)) {
            throw new ModelFileException(Messages.text("io.catalog.unknown", Printable.of(id), String.join(", ", IDS)));
        }
        return loadBuiltIn(key);
    }

    /** A built-in id, or else the path of a model file. */
    public static NetworkSpec loadIdOrFile(String idOrPath) throws ModelFileException {
        if (idOrPath.isBlank()) {
            throw new ModelFileException(Messages.text("io.catalog.empty", String.join(", ", IDS)));
        }
        if (isBuiltIn(idOrPath)) {
            return load(idOrPath);
        }
        Path path;
        try {
            path = Path.of(idOrPath);
        } catch (InvalidPathException e) {
            throw new ModelFileException(Messages.text("io.catalog.notFileName", Printable.of(idOrPath),
                    e.getReason()));
        }
        if (Files.exists(path) || idOrPath.endsWith(".json") || ModelSources.isOtherFormat(idOrPath)) {
            return ModelSources.read(path);
        }
        return load(idOrPath);
    }

    private static NetworkSpec loadBuiltIn(String id) {
        return parse(id, builtInText(id));
    }

    private static String builtInText(String id) {
        String resource = "/models/" + id + ".json";
        try (InputStream in = ModelCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in model missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("built-in model " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static NetworkSpec parse(String id, String text) {
        return checked(id, () -> ModelFiles.parse(text, "models/" + id + ".json"));
    }

    private static CatalogPlace place(String id, String text) {
        return checked(id, () -> ModelFiles.place(text, "models/" + id + ".json"));
    }

    /** A built-in that does not read is a packaging bug, not the user's input. */
    private static <T> T checked(String id, FileReading<T> reading) {
        try {
            return reading.read();
        } catch (ModelFileException e) {
            throw new IllegalStateException("built-in model " + id + " is broken: " + e.getMessage(), e);
        }
    }

    private interface FileReading<T> {
        T read() throws ModelFileException;
    }
}
