package org.cnnexplorer.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.onnx.OnnxWeights;
import org.cnnexplorer.training.NetworkWeights;

/**
 * {@code --init random|file} of {@code cnnx train} and {@code cnnx inspect}: random initial weights
 * (the default) or the weights an ONNX model file holds.
 */
final class InitOption {

    private InitOption() {
    }

    /** True for {@code --init file}, false for {@code random} or none; any other value is refused. */
    static boolean fromFile(Args args) throws CliException {
        String init = args.option("init", "random");
        if (!"random".equals(init) && !"file".equals(init)) {
            throw new CliException(Messages.text("cli.init.value", init));
        }
        return "file".equals(init);
    }

    /**
     * The weights of the ONNX model file {@code model}; another file is refused with what the
     * weights would be for ({@code use}: "starts from", "runs with") and {@code why}.
     */
    static NetworkWeights onnxWeights(String model, String use, String why) throws CliException {
        if (!model.toLowerCase(Locale.ROOT).endsWith(".onnx")) {
            throw refusal(use, why);
        }
        try {
            return OnnxWeights.read(Path.of(model));
        } catch (ModelFileException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** {@code --init file <use> the weights of an ONNX model file (.onnx); <why>}. */
    static CliException refusal(String use, String why) {
        return new CliException(Messages.text("cli.init.refusal", use, why));
    }
}
