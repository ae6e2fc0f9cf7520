package org.cnnexplorer.ui.explorer;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.i18n.Messages;

/**
 * The palette's actions as menu items, for the Layer menu (with the keys Insert, Shift+Insert,
 * Delete and Ctrl+Shift+D) and the context menus of the graph and the table (without, so that a
 * key does not act twice).
 */
public final class PaletteMenus {

    private PaletteMenus() {
    }

    /** A kind for people: "conv2d - 2-D convolution". */
    static String text(LayerKind kind) {
        return kind.id() + " - " + kind.title();
    }

    /** Insert after / before (submenus of kinds, and the palette's kind), duplicate, delete, change kind. */
    public static List<MenuItem> items(PaletteViewModel palette, boolean withKeys) {
        MenuItem after = item("", withKeys ? "Insert" : null, () -> palette.insertAfter(palette.kindProperty().get()));
        after.textProperty().bind(Bindings.createStringBinding(() -> Messages.text("palette.insertKindAfter",
                palette.kindProperty().get().id()), palette.kindProperty()));
        MenuItem before = item("", withKeys ? "Shift+Insert" : null,
                () -> palette.insertBefore(palette.kindProperty().get()));
        before.textProperty().bind(Bindings.createStringBinding(() -> Messages.text("palette.insertKindBefore",
                palette.kindProperty().get().id()), palette.kindProperty()));
        MenuItem duplicate = item(Messages.text("palette.duplicate"), withKeys ? "Shortcut+Shift+D" : null,
                palette::duplicate);
        MenuItem delete = item(Messages.text("palette.delete"), withKeys ? "Delete" : null, palette::delete);
        Menu change = new Menu(Messages.text("palette.changeKind"));
        change.getItems().add(new MenuItem());
        change.setOnShowing(e -> change.getItems().setAll(palette.changeKinds().stream()
                .map(kind -> item(text(kind), null, () -> palette.changeKind(kind))).toList()));
        List<MenuItem> items = List.of(kinds(Messages.text("palette.insertAfter"), palette::insertAfter),
                kinds(Messages.text("palette.insertBefore"), palette::insertBefore), after, before,
                new SeparatorMenuItem(), duplicate, delete, new SeparatorMenuItem(), change);
        for (MenuItem item : items) {
            if (!(item instanceof SeparatorMenuItem)) {
                item.disableProperty().bind(palette.hasSelectionProperty().not());
            }
        }
        change.disableProperty().unbind();
        change.disableProperty().bind(palette.selectedKindProperty().isNull());
        return items;
    }

    /** The palette's actions on the layer or block under the pointer. */
    public static ContextMenu contextMenu(PaletteViewModel palette) {
        ContextMenu menu = new ContextMenu();
        menu.getItems().setAll(items(palette, false));
        return menu;
    }

    private static Menu kinds(String text, Consumer<LayerKind> action) {
        Menu menu = new Menu(text);
        for (LayerKind kind : PaletteViewModel.insertableKinds()) {
            menu.getItems().add(item(text(kind), null, () -> action.accept(kind)));
        }
        return menu;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
