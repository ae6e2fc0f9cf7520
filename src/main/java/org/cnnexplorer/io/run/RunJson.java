package org.cnnexplorer.io.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.LearningRateSchedule;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.JsonFields;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelFiles;
import org.cnnexplorer.training.ImageResize;
import org.cnnexplorer.training.TrainingHistory.EpochPoint;
import org.cnnexplorer.training.TrainingHistory.LossPoint;
import org.cnnexplorer.training.TrainingRun;
import org.cnnexplorer.training.TrainingSettings;

/**
 * A {@link TrainingRun} as JSON (the {@code run.json} of a checkpoint): the network as a model
 * file object, the settings, the curves as compact arrays, the result ({@link ResultJson}) and the
 * data set folder the run read ({@code dataFolder}, added later: absent in older runs). NaN (an
 * accuracy not measured) is written as null.
 */
final class RunJson {

    static final String KIND = "cnn-explorer-run";
    static final int FORMAT = 1;

    private RunJson() {
    }

    static ObjectNode write(TrainingRun run) {
        ObjectNode root = ModelFiles.MAPPER.createObjectNode();
        root.put("kind", KIND).put("format", FORMAT).put("savedAt", run.savedAt().toString());
        root.set("network", networkNode(run.spec()));
        root.set("settings", settings(run.settings()));
        ArrayNode losses = root.putArray("losses");
        run.losses().forEach(p -> losses.addArray().add(p.iteration()).add(p.loss()).add(p.smoothedLoss()));
        ArrayNode epochs = root.putArray("epochs");
        run.epochs().forEach(p -> epochs.addArray().add(p.epoch()).add(number(p.trainAccuracy()))
                .add(number(p.testAccuracy())));
        if (run.result() != null) {
            root.set("result", ResultJson.write(run.result()));
        }
        root.put("dataFolder", run.dataFolder() == null ? null : run.dataFolder().toString());
        return root;
    }

    static TrainingRun read(JsonNode root, String file) throws ModelFileException {
        JsonFields in = new JsonFields(root, file, "$");
        if (!KIND.equals(in.text("kind"))) {
            throw in.error("kind", Messages.text("io.run.kind", KIND));
        }
        if (in.integer("format") != FORMAT) {
            throw in.error("format", Messages.text("io.run.format", root.path("format"), FORMAT));
        }
        NetworkSpec spec = ModelFiles.parse(in.node("network").toString(), file + " (network)");
        List<LossPoint> losses = new ArrayList<>();
        for (JsonNode p : in.array("losses")) {
            losses.add(new LossPoint(p.path(0).asInt(), p.path(1).asDouble(), p.path(2).asDouble()));
        }
        List<EpochPoint> epochs = new ArrayList<>();
        for (JsonNode p : in.array("epochs")) {
            epochs.add(new EpochPoint(p.path(0).asInt(), value(p.path(1)), value(p.path(2))));
        }
        JsonNode result = root.get("result");
        return new TrainingRun(spec, settings(in.object("settings")), losses, epochs,
                result == null || result.isNull() ? null : ResultJson.read(in.object("result")),
                instant(in), dataFolder(in));
    }

    private static JsonNode networkNode(NetworkSpec spec) {
        try {
            return ModelFiles.MAPPER.readTree(ModelFiles.toJson(spec));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("model file writer produced invalid JSON", e);
        }
    }

    private static ObjectNode settings(TrainingSettings s) {
        ObjectNode node = ModelFiles.MAPPER.createObjectNode();
        node.put("dataset", s.dataset()).put("epochs", s.epochs()).put("batchSize", s.batchSize())
                .put("optimizer", s.optimizer().id()).put("learningRate", s.learningRate())
                .put("schedule", s.schedule().id())
                .put("trainLimit", s.trainLimit()).put("testLimit", s.testLimit()).put("seed", s.seed());
        node.put("dataDir", s.dataDir() == null ? null : s.dataDir().toString());
        ObjectNode resize = node.putObject("resize").put("mode", s.resize().mode().id());
        if (s.resize().mode() == ImageResize.Mode.SIZE) {
            resize.put("height", s.resize().height()).put("width", s.resize().width());
        }
        return node;
    }

    /** {@code {"mode": "size", "height": 63, "width": 63}}, or another mode alone; none when absent (older runs). */
    private static ImageResize resize(JsonFields s) throws ModelFileException {
        if (s.raw("resize") == null || s.raw("resize").isNull()) {
            return ImageResize.NONE;
        }
        JsonFields r = s.object("resize");
        try {
            ImageResize.Mode mode = ImageResize.Mode.parse(r.text("mode"));
            return mode == ImageResize.Mode.SIZE ? ImageResize.to(r.integer("height"), r.integer("width"))
                    : ImageResize.of(mode);
        } catch (IllegalArgumentException e) {
            throw r.error("", e.getMessage());
        }
    }

    private static TrainingSettings settings(JsonFields s) throws ModelFileException {
        try {
            String dataDir = s.optionalText("dataDir");
            String schedule = s.optionalText("schedule");
            return new TrainingSettings(s.text("dataset"), s.integer("epochs"), s.integer("batchSize"),
                    Optimizer.parse(s.text("optimizer")), s.number("learningRate"),
                    schedule == null ? LearningRateSchedule.CONSTANT : LearningRateSchedule.parse(schedule),
                    s.integer("trainLimit"),
                    s.integer("testLimit"), s.node("seed").asLong(), dataDir == null ? null : Path.of(dataDir),
                    resize(s));
        } catch (IllegalArgumentException e) {
            throw s.error("", e.getMessage());
        }
    }

    private static Instant instant(JsonFields in) throws ModelFileException {
        try {
            return Instant.parse(in.text("savedAt"));
        } catch (java.time.format.DateTimeParseException e) {
            throw in.error("savedAt", Messages.text("io.run.time", e.getParsedString()));
        }
    }

    /** Runs saved before the folder was recorded have none. */
    private static Path dataFolder(JsonFields in) throws ModelFileException {
        String folder = in.optionalText("dataFolder");
        try {
            return folder == null ? null : Path.of(folder);
        } catch (java.nio.file.InvalidPathException e) {
            throw in.error("dataFolder", Messages.text("io.run.path", e.getMessage()));
        }
    }

    static JsonNode number(double value) {
        return Double.isNaN(value) ? ModelFiles.MAPPER.nullNode()
                : ModelFiles.MAPPER.getNodeFactory().numberNode(value);
    }

    static double value(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? Double.NaN : node.asDouble();
    }
}
