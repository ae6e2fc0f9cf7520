package org.cnnexplorer.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for the blocks of a stage that continue a network-wide count instead of being numbered
 * inside the stage: torchvision's MobileNet v2 numbers its inverted residual blocks flat
 * ({@code features.2} and {@code features.3} are the two blocks of one 24-channel stage), so block
 * {@code i} (from 0) of a stage whose first block is {@code features.2} is {@code prefix + (first + i)},
 * {@code features.(2 + i)}. Written in a model file as the first block's name ({@code "firstBlock"}).
 *
 * @param prefix the text before the number ({@code "features."}), possibly empty
 * @param first  the first block's number, at least 0
 */
public record FlatNumbering(String prefix, int first) {

    private static final Pattern NAME = Pattern.compile("(|.*\\D)(0|[1-9]\\d{0,8})");

    public FlatNumbering {
        java.util.Objects.requireNonNull(prefix, "prefix");
        if (first < 0) {
            throw new SpecException("arch.m.firstBlock", prefix + first);
        }
    }

    /**
     * {@code "features.2"} read as prefix {@code "features."} and number 2; the number has up to 9 digits
     * and no leading zero, so that its blocks are named exactly as written.
     */
    public static FlatNumbering parse(String firstBlock) {
        Matcher m = NAME.matcher(firstBlock == null ? "" : firstBlock);
        if (!m.matches()) {
            throw new SpecException("arch.m.firstBlock", firstBlock);
        }
        return new FlatNumbering(m.group(1), Integer.parseInt(m.group(2)));
    }

    /** The name of block {@code index} (from 0). */
    public String name(int index) {
        return prefix + (first + index);
    }

    /** The same names counted on from {@code by} blocks later (a deeper stage before this one). */
    public FlatNumbering shifted(int by) {
        long moved = (long) first + by;
        if (moved > Integer.MAX_VALUE) {
            throw new SpecException("arch.m.lastBlock", firstBlock(), by);
        }
        return new FlatNumbering(prefix, (int) moved);
    }

    /** The first block's name, as the model file writes it. */
    public String firstBlock() {
        return name(0);
    }

    /** The prefix of a flat-numbered stage's blocks, or null for any other element. */
    static String prefixOf(ElementSpec element) {
        return element instanceof InvertedResidualStageSpec stage && stage.numbering() != null
                ? stage.numbering().prefix() : null;
    }

    /** How many names a flat-numbered stage takes from the count: its blocks; 0 for any other element. */
    static int blocksOf(ElementSpec element) {
        return prefixOf(element) == null ? 0 : ((InvertedResidualStageSpec) element).blocks();
    }
}
