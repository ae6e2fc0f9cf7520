package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cnnexplorer.core.Cardinality;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.ResidualStageSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bottleneck's {@code groups} and {@code widthPerGroup}, and the top-level {@code family} and {@code year}. */
class GroupsAndFamilyFieldsTest {

    private static final String HEAD = "{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [\n";

    private static String error(String json) {
        return assertThrows(ModelFileException.class, () -> ModelFiles.parse(json, "net.json")).getMessage();
    }

    @Test
    void groupsAndWidthPerGroupReadAndWriteBack() throws Exception {
        NetworkSpec spec = ModelFiles.parse(HEAD + "  {\"name\": \"s\", \"type\": \"residual-stage\", \"blocks\": 2, "
                + "\"width\": 64, \"groups\": 32, \"widthPerGroup\": 4}\n]}", "net.json");
        ResidualStageSpec stage = (ResidualStageSpec) spec.nodes().get(0).element();
        assertEquals(new Cardinality(32, 4), stage.cardinality());
        assertTrue(ModelFiles.toJson(spec).contains("\"groups\":32,\"widthPerGroup\":4"), ModelFiles.toJson(spec));
        assertEquals(spec, ModelFiles.parse(ModelFiles.toJson(spec), "again.json"));
    }

    @Test
    void aPlainResNetBottleneckWritesNoGroups() throws Exception {
        assertFalse(ModelFiles.toJson(ModelCatalog.load("resnet50")).contains("groups"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"s\", \"type\": \"residual-stage\", \"block\": \"basic\", \"blocks\": 2, \"width\": 64, "
            + "\"groups\": 32} | net.json:2:3: $.layers[0] \"s\": 'groups' and 'widthPerGroup' apply to bottleneck "
            + "blocks only; a basic block has one group of its full width, as torchvision's BasicBlock",
        "{\"name\": \"b\", \"type\": \"bottleneck\", \"width\": 64, \"groups\": 0} "
            + "| net.json:2:3: $.layers[0] \"b\": 'groups' must be an integer of at least 1, got 0",
        "{\"name\": \"b\", \"type\": \"bottleneck\", \"width\": 64, \"widthPerGroup\": 4.5} "
            + "| net.json:2:3: $.layers[0] \"b\": 'widthPerGroup' must be an integer of at least 1, got 4.5",
        "{\"name\": \"b\", \"type\": \"basic-block\", \"width\": 64, \"groups\": 2} "
            + "| net.json:2:3: $.layers[0] \"b\": unknown field 'groups' for type basic-block; known fields: "
            + "comment, inputs, name, se, stride, trainable, type, width, widthFloor",
    })
    void badGroupsSayWhatAndWhere(String layer, String message) {
        assertEquals(message, error(HEAD + "  " + layer + "\n]}"));
    }

    @Test
    void familyAndYearPlaceABuiltInInTheCatalog() {
        ModelCatalog.Entry resnext = ModelCatalog.builtIns().stream().filter(e -> e.id().equals("resnext50-32x4d"))
                .findFirst().orElseThrow();
        assertEquals(new CatalogPlace("ResNeXt", 2017), resnext.place());
        assertEquals("ResNeXt, 2017", resnext.place().label());
    }

    @Test
    void menuOrderPutsFamiliesByTheirFirstYearAndUndatedOnesLast() {
        List<ModelCatalog.Entry> order = ModelCatalog.menuOrder(List.of(entry("resnet", "ResNet", 2015),
                entry("mine", "", 0), entry("alexnet", "AlexNet", 2014), entry("alexnet-paper", "AlexNet", 2012),
                entry("vgg", "VGG", 2014)));
        assertEquals(List.of("alexnet-paper", "alexnet", "vgg", "resnet", "mine"),
                order.stream().map(ModelCatalog.Entry::id).toList());
    }

    private static ModelCatalog.Entry entry(String id, String family, int year) {
        return new ModelCatalog.Entry(id, id, "", "", new CatalogPlace(family, year));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"year\": 15 | net.json: $.year: year must be between 1958 and 2999, got 15",
        "\"year\": \"2015\" | net.json:1:34: $.year: expected an integer, got \"2015\"",
        "\"family\": \"\" | net.json: $.family: must be a name such as \"ResNet\" without control characters, got \"\"",
        "\"family\": 7 | net.json:1:36: $.family: expected a string, got 7",
    })
    void badFamilyOrYearSaysWhatWasExpected(String field, String message) {
        assertEquals(message, error("{\"format\": 1, \"id\": \"n\", " + field
                + ", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [{\"name\": \"a\", \"type\": \"relu\"}]}"));
    }
}
