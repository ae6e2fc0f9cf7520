package org.cnnexplorer.training;

import java.util.Locale;
import org.cnnexplorer.core.SpecException;

/**
 * What size a run resizes the data set's images to before the network sees them (bilinear, once
 * per batch): {@link Mode#NONE} keeps them as they are; {@link Mode#MINIMUM} takes the smallest
 * square input at which the network runs ({@code core.MinimumInput}, 63x63 for AlexNet);
 * {@link Mode#DECLARED} takes the input size the model file declares (the paper's, 227x227 for
 * the paper AlexNet); {@link Mode#SIZE} takes {@code height x width}. Height and width are 0 for
 * every mode but {@link Mode#SIZE}. The channels always stay the data set's.
 */
public record ImageResize(Mode mode, int height, int width) {

    /** The largest side a resize may ask for; 16 times ImageNet's, far beyond any built-in's need. */
    public static final int MAX_SIDE = 4096;

    /** No resize: the images as the data set has them. */
    public static final ImageResize NONE = new ImageResize(Mode.NONE, 0, 0);
    /** The smallest square size the network runs at. */
    public static final ImageResize MINIMUM = new ImageResize(Mode.MINIMUM, 0, 0);
    /** The input size the model file declares. */
    public static final ImageResize DECLARED = new ImageResize(Mode.DECLARED, 0, 0);

    /** How the size is chosen; {@code id} is how the command line and saved runs write it. */
    public enum Mode {
        NONE("none"), MINIMUM("min"), DECLARED("paper"), SIZE("size");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The mode written {@code id}: none, min, paper or size. */
        public static Mode parse(String id) {
            for (Mode mode : values()) {
                if (mode.id.equals(id)) {
                    return mode;
                }
            }
            throw new SpecException("run.resize.mode", id);
        }
    }

    public ImageResize {
        if (mode == null) {
            throw new SpecException("run.resize.choose");
        }
        if (mode == Mode.SIZE && (height < 1 || width < 1 || height > MAX_SIDE || width > MAX_SIDE)) {
            throw new SpecException("run.resize.sides", MAX_SIDE, height + "x" + width);
        }
        if (mode != Mode.SIZE && (height != 0 || width != 0)) {
            throw new IllegalArgumentException("only a resize to a size has a height and width");
        }
    }

    /** A resize to {@code height x width}. */
    public static ImageResize to(int height, int width) {
        return new ImageResize(Mode.SIZE, height, width);
    }

    /** The resize of that mode; {@link Mode#SIZE} needs {@link #to} instead. */
    public static ImageResize of(Mode mode) {
        return switch (mode) {
            case NONE -> NONE;
            case MINIMUM -> MINIMUM;
            case DECLARED -> DECLARED;
            case SIZE -> throw new IllegalArgumentException("a resize to a size needs its height and width");
        };
    }

    /**
     * Reads {@code none}, {@code min}, {@code paper} or {@code HxW} (e.g. {@code 63x63}; one number
     * means a square); the exception's message says what was expected.
     */
    public static ImageResize parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "none" -> {
                return NONE;
            }
            case "min", "minimum" -> {
                return MINIMUM;
            }
            case "paper", "declared" -> {
                return DECLARED;
            }
            default -> {
                return size(key, text);
            }
        }
    }

    private static ImageResize size(String key, String text) {
        String[] sides = key.split("[x×*]", -1);
        try {
            if (sides.length == 1 || sides.length == 2) {
                int height = Integer.parseInt(sides[0].trim());
                int width = Integer.parseInt(sides[sides.length - 1].trim());
                if (height >= 1 && width >= 1 && height <= MAX_SIDE && width <= MAX_SIDE) {
                    return to(height, width);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SpecException("run.resize.parse", text, MAX_SIDE);
    }

    /** True unless the images stay as they are. */
    public boolean resizes() {
        return mode != Mode.NONE;
    }

    /** {@code none}, {@code min}, {@code paper} or {@code 63x63}: what {@link #parse} reads back. */
    public String id() {
        return mode == Mode.SIZE ? height + "x" + width : mode.id();
    }

    @Override
    public String toString() {
        return id();
    }
}
