package org.cnnexplorer.ui.explorer;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.List;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;

/**
 * Says which variant of a built-in is in use once the input no longer matches it: LeNet-5 given
 * 3x32x32 keeps the 28x28 variant's padding (C5 becomes 120x2x2), while a student expects the
 * paper's 32x32 network, which is its own built-in.
 */
public final class VariantNote {

    /** A built-in made for {@code size x size} inputs, and the built-in for {@code otherSize}. */
    private record Variant(String id, int size, String descriptionKey, String other, int otherSize) {
    }

    private static final List<Variant> VARIANTS = List.of(
            new Variant("lenet5", 28, "variant.lenet5", "lenet5-32", 32),
            new Variant("lenet5-32", 32, "variant.lenet5-32", "lenet5", 28));

    private VariantNote() {
    }

    /** The note for the report's network and input, or empty when the input is the one the variant is made for. */
    public static String of(NetworkReport report) {
        Shape input = report.settings().input();
        for (Variant variant : VARIANTS) {
            boolean made = input.height() == variant.size() && input.width() == variant.size();
            if (variant.id().equals(report.spec().id()) && !made) {
                return text("variant.note", text(variant.descriptionKey()), variant.otherSize(), variant.other());
            }
        }
        return "";
    }
}
