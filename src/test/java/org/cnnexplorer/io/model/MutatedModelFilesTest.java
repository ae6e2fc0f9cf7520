package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.cnnexplorer.io.Printable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value of every built-in model file, replaced in turn by each hostile value (numbers beyond
 * an int, decimals, infinities, null, a string with an escape sequence, a list, an object): the
 * reader either accepts the file or refuses it with one line naming the file, never anything else.
 */
class MutatedModelFilesTest {

    private static final List<String> HOSTILE = List.of("4294967299", "-2147483649", "9223372036854775808",
            "2147483647", "0", "-1", "1.0", "10.5", "1e400", "-1e400", "null", "\"a\\u001b[2J\\nb\"", "true", "[]",
            "{}", "[1, 2, 3]");

    static List<String> builtIns() {
        return ModelCatalog.IDS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void everyMutantIsReadOrRefusedInOneLine(String id) throws Exception {
        String name = "models/" + id + ".json";
        JsonNode original = new ObjectMapper().readTree(Files.readString(Path.of(name)));
        List<Consumer<JsonNode>> sites = new ArrayList<>();
        collect(original, sites);
        assertTrue(sites.size() > 10, "values found in " + name);
        for (int site = 0; site < sites.size(); site++) {
            for (String hostile : HOSTILE) {
                check(name, mutant(original, site, hostile));
            }
        }
    }

    private static void check(String name, String json) {
        try {
            ModelFiles.parse(json, name);
        } catch (ModelFileException e) {
            assertTrue(e.getMessage().startsWith(name + ":"), e.getMessage());
            assertFalse(e.getMessage().chars().anyMatch(Printable::isUnsafe), e.getMessage());
        } catch (RuntimeException e) {
            throw new AssertionError("not a ModelFileException for " + json, e);
        }
    }

    /** The file with the value at {@code site} (in {@link #collect} order) replaced by {@code hostile}. */
    private static String mutant(JsonNode original, int site, String hostile) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode copy = original.deepCopy();
        List<Consumer<JsonNode>> sites = new ArrayList<>();
        collect(copy, sites);
        sites.get(site).accept(mapper.readTree(hostile));
        return mapper.writeValueAsString(copy);
    }

    /** One setter per leaf value of the tree, depth first. */
    private static void collect(JsonNode node, List<Consumer<JsonNode>> sites) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                visit(object.get(key), value -> object.set(key, value), sites);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                visit(array.get(i), value -> array.set(index, value), sites);
            }
        }
    }

    private static void visit(JsonNode child, Consumer<JsonNode> setter, List<Consumer<JsonNode>> sites) {
        if (child instanceof ContainerNode<?>) {
            collect(child, sites);
        } else {
            sites.add(setter);
        }
    }
}
