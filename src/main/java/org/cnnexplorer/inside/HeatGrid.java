package org.cnnexplorer.inside;

import org.cnnexplorer.core.Shape;

/**
 * Coarse grids over an image, as adaptive average pooling places them: cell {@code r} of {@code rows}
 * covers the rows {@code floor(r * H / rows) .. ceil((r + 1) * H / rows) - 1} of an {@code H}-row image
 * (the same for columns).
 */
public final class HeatGrid {

    private HeatGrid() {
    }

    /**
     * One cell of a grid: its row and column in the grid and the input pixels it covers, rows
     * {@code top .. top+height-1} and columns {@code left .. left+width-1}.
     */
    public record Cell(int row, int column, int top, int left, int height, int width) {
    }

    /** Cell ({@code row}, {@code column}) of a {@code rows x columns} grid over {@code input}. */
    public static Cell cell(int row, int column, int rows, int columns, Shape input) {
        int top = start(row, rows, input.height());
        int left = start(column, columns, input.width());
        return new Cell(row, column, top, left, end(row, rows, input.height()) - top,
                end(column, columns, input.width()) - left);
    }

    /** The mean of {@code map} ({@code height x width}) over each cell of a {@code rows x columns} grid. */
    public static float[] averaged(float[] map, int height, int width, int rows, int columns) {
        float[] grid = new float[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double sum = 0;
                int y0 = start(r, rows, height);
                int y1 = end(r, rows, height);
                int x0 = start(c, columns, width);
                int x1 = end(c, columns, width);
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        sum += map[y * width + x];
                    }
                }
                grid[r * columns + c] = (float) (sum / ((y1 - y0) * (x1 - x0)));
            }
        }
        return grid;
    }

    private static int start(int index, int cells, int size) {
        return index * size / cells;
    }

    private static int end(int index, int cells, int size) {
        return ((index + 1) * size + cells - 1) / cells;
    }
}
