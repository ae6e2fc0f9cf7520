package org.cnnexplorer.ui.common;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes table columns to their content: the header and the widest cell, measured in the fonts the
 * table draws with now (larger in lecture mode), so that no name or header is cut to "inc…".
 * Only the longest few texts of a column are measured, which keeps a refit on every edit cheap.
 */
public final class ColumnFit {

    /** How many of a column's longest texts (by characters) are measured. */
    static final int MEASURED = 8;

    private final Text probe = new Text();

    /** Which texts to measure: the lines with the most characters (proportional fonts differ little). */
    public static List<String> candidates(Stream<String> texts) {
        return texts.filter(t -> t != null).flatMap(t -> Stream.of(t.split("\n"))).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(MEASURED).toList();
    }

    /** The width a column needs: the widest text plus the cell's padding and, for the header, a sort arrow. */
    public static double width(double widestHeader, double widestCell, double fontSize) {
        return Math.ceil(Math.max(widestHeader + 1.6 * fontSize, widestCell + 0.9 * fontSize) + 4);
    }

    /** The widest of the texts in a font. */
    public double widest(List<String> texts, Font font) {
        probe.setFont(font);
        double widest = 0;
        for (String text : texts) {
            probe.setText(text);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** Sets the preferred width of a column from its header and cell texts. */
    public <S> void fit(TableColumn<S, ?> column, List<S> rows, Function<S, String> cellText, Fonts fonts) {
        List<String> header = candidates(Stream.of(column.getText()));
        List<String> cells = candidates(rows.stream().map(cellText));
        column.setPrefWidth(width(widest(header, fonts.header()), widest(cells, fonts.cell()), fonts.cell().getSize()));
    }

    /**
     * The fonts of a table's header and cells as CSS has set them (headers are bold), or null before
     * the table has cells. Cells are measured bold too: the best and worst values are bold.
     */
    public static Fonts fonts(TableView<?> table) {
        Font cell = font(table.lookup(".table-cell"));
        if (cell == null) {
            return null;
        }
        Font bold = Font.font(cell.getFamily(), FontWeight.BOLD, cell.getSize());
        return new Fonts(bold, bold);
    }

    private static Font font(Node node) {
        return node instanceof Labeled labeled ? labeled.getFont() : null;
    }

    /** A table's header and cell fonts. */
    public record Fonts(Font header, Font cell) {
    }
}
