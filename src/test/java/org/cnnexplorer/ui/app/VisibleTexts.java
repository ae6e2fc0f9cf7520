package org.cnnexplorer.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Every text a user can read in a scene graph: labels and buttons, text nodes, tooltips, prompt
 * texts, tab titles, menu items (submenus too), table column headers, chart titles and axis
 * labels. Hidden nodes and their children are skipped; editable text (what the user typed) is not
 * a text of the interface.
 */
final class VisibleTexts {

    /** Where {@link Tooltip#install} keeps the tooltip of a node that is not a control (a graph box). */
    private static final String INSTALLED_TOOLTIP = "javafx.scene.control.Tooltip";

    private final List<String> texts = new ArrayList<>();

    private VisibleTexts() {
    }

    /** The texts under {@code root}, in scene-graph order. */
    static List<String> of(Node root) {
        VisibleTexts found = new VisibleTexts();
        found.walk(root);
        return found.texts;
    }

    /** The texts of menu items and their submenus. */
    static List<String> ofMenus(List<? extends MenuItem> items) {
        VisibleTexts found = new VisibleTexts();
        items.forEach(found::menuItem);
        return found.texts;
    }

    private void walk(Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            add(labeled.getText());
        }
        if (node instanceof Text text) {
            add(text.getText());
        }
        if (node instanceof Control control) {
            tooltip(control.getTooltip());
        } else if (node.getProperties().get(INSTALLED_TOOLTIP) instanceof Tooltip installed) {
            tooltip(installed);
        }
        if (node instanceof TextInputControl input) {
            add(input.getPromptText());
        }
        if (node instanceof Chart chart) {
            add(chart.getTitle());
        }
        if (node instanceof Axis<?> axis) {
            add(axis.getLabel());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(tab.getText());
                tooltip(tab.getTooltip());
            }
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(this::column);
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(this::menuItem);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::walk);
        }
    }

    private void column(TableColumnBase<?, ?> column) {
        add(column.getText());
        column.getColumns().forEach(this::column);
    }

    private void menuItem(MenuItem item) {
        add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(this::menuItem);
        }
    }

    private void tooltip(Tooltip tooltip) {
        if (tooltip != null) {
            add(tooltip.getText());
        }
    }

    private void add(String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
