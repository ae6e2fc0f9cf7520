package org.cnnexplorer.ui.common;

import java.util.function.IntPredicate;
import java.util.function.Consumer;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * An editable whole-number spinner that never throws on bad text: text that is not a number
 * keeps the old value and is reported through {@code onBadText}. A value set by the program
 * ({@link #show}) does not call the commit handler, so views can refresh without re-editing.
 */
public final class IntSpinner extends Spinner<Integer> {

    private boolean showing;

    public IntSpinner(int min, int max, int value, IntPredicate onCommit, Consumer<String> onBadText) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value);
        factory.setConverter(converter(factory, onBadText));
        setValueFactory(factory);
        setEditable(true);
        getStyleClass().add("int-spinner");
        valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null && !onCommit.test(now)) {
                show(old);
            }
        });
        getEditor().focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitValue();
            }
        });
    }

    /** Shows a value without treating it as an edit. */
    public void show(int value) {
        showing = true;
        try {
            getValueFactory().setValue(value);
            getEditor().setText(Integer.toString(value));
        } finally {
            showing = false;
        }
    }

    private static StringConverter<Integer> converter(SpinnerValueFactory<Integer> factory, Consumer<String> bad) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.parseInt(text.trim().replace(",", "").replace("_", ""));
                } catch (NumberFormatException e) {
                    bad.accept("'" + text.trim() + "' is not a whole number");
                    return factory.getValue();
                }
            }
        };
    }
}
