package org.cnnexplorer.inside;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Filter tiles as one PNG: a grid of {@code ceil(sqrt(n))} columns, each weight a square of
 * {@code zoom x zoom} pixels (no smoothing), tiles one pixel apart on a dark grey background.
 */
public final class FilterPng {

    private static final int GAP = 1;
    private static final int BACKGROUND = 0xFF303030;

    private FilterPng() {
    }

    /** The picture of the tiles, {@code zoom} pixels per weight. */
    public static BufferedImage image(FilterTiles tiles, int zoom) {
        int count = tiles.tiles().size();
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(count)));
        int rows = Math.max(1, (count + columns - 1) / columns);
        int cellWidth = tiles.width() * zoom + GAP;
        int cellHeight = tiles.height() * zoom + GAP;
        BufferedImage image = new BufferedImage(columns * cellWidth + GAP, rows * cellHeight + GAP,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, BACKGROUND);
            }
        }
        for (int f = 0; f < count; f++) {
            int[] argb = tiles.argb(f);
            int left = GAP + f % columns * cellWidth;
            int top = GAP + f / columns * cellHeight;
            for (int i = 0; i < argb.length; i++) {
                int px = left + i % tiles.width() * zoom;
                int py = top + i / tiles.width() * zoom;
                for (int dy = 0; dy < zoom; dy++) {
                    for (int dx = 0; dx < zoom; dx++) {
                        image.setRGB(px + dx, py + dy, argb[i]);
                    }
                }
            }
        }
        return image;
    }

    /** Writes the picture to {@code file}; a file that cannot be written is an exception naming it. */
    public static void write(FilterTiles tiles, int zoom, Path file) throws IOException {
        if (!ImageIO.write(image(tiles, zoom), "png", file.toFile())) {
            throw new IOException(file + ": no PNG writer");
        }
    }
}
