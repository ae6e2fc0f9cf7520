package org.cnnexplorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnnexplorer.core.NetworkSpec;

/** The built-in networks, shipped as model files under {@code models/} (on the class path). */
public final class ModelCatalog {

    /** Ids of the built-in networks, in the order menus show them. */
    public static final List<String> IDS = List.of("lenet5", "lenet5-32", "alexnet", "alexnet-paper", "vgg16",
            "googlenet", "googlenet-paper", "resnet50",
            "densenet121", "mobilenet-v1", "mobilenet-v2", "xception", "alexnet-2gpu");

    /** A built-in network for menus: id, display name, exact variant and source. */
    public record Entry(String id, String name, String variant, String source) {
    }

    private static volatile List<Entry> entries;

    private ModelCatalog() {
    }

    public static List<Entry> builtIns() {
        if (entries == null) {
            List<Entry> list = new ArrayList<>();
            for (String id : IDS) {
                NetworkSpec spec = loadBuiltIn(id);
                list.add(new Entry(id, spec.name(), spec.variant(), spec.source()));
            }
            entries = List.copyOf(list);
        }
        return entries;
    }

    public static boolean isBuiltIn(String id) {
        return IDS.contains(id.toLowerCase(Locale.ROOT));
    }

    /** A built-in network by id. */
    public static NetworkSpec load(String id) throws ModelFileException {
        String key = id.toLowerCase(Locale.ROOT);
        if (!IDS.contains(key)) {
            throw new ModelFileException("unknown model '" + Printable.of(id) + "'; built-in models: "
                    + String.join(", ", IDS)
                    + " (or give the path of a model file: .json, .onnx)");
        }
        return loadBuiltIn(key);
    }

    /** A built-in id, or else the path of a model file. */
    public static NetworkSpec loadIdOrFile(String idOrPath) throws ModelFileException {
        if (idOrPath.isBlank()) {
            throw new ModelFileException("the model argument is empty; give a built-in id (" + String.join(", ", IDS)
                    + ") or the path of a model file (.json, .onnx or a Keras .json)");
        }
        if (isBuiltIn(idOrPath)) {
            return load(idOrPath);
        }
        Path path;
        try {
            path = Path.of(idOrPath);
        } catch (InvalidPathException e) {
            throw new ModelFileException("'" + Printable.of(idOrPath) + "' is not a file name: " + e.getReason());
        }
        if (Files.exists(path) || idOrPath.endsWith(".json") || ModelSources.isOtherFormat(idOrPath)) {
            return ModelSources.read(path);
        }
        return load(idOrPath);
    }

    private static NetworkSpec loadBuiltIn(String id) {
        String resource = "/models/" + id + ".json";
        try (InputStream in = ModelCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in model missing from the class path: " + resource);
            }
            return ModelFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "models/" + id + ".json");
        } catch (IOException | ModelFileException e) {
            throw new IllegalStateException("built-in model " + id + " is broken: " + e.getMessage(), e);
        }
    }
}
