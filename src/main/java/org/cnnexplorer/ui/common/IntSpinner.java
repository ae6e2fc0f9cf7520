package org.cnnexplorer.ui.common;

import java.util.function.Consumer;
import java.util.function.IntPredicate;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.cnnexplorer.i18n.Messages;

/**
 * An editable whole-number spinner that applies what is typed as it is typed: each keystroke that
 * leaves a whole number within the limits is committed at once (the network re-analyses while
 * typing); text that is not (yet) such a number is reported through {@code onBadText} and left as
 * it is, so typing goes on. Leaving the field or Enter puts back the last value that was accepted.
 * A value set by the program ({@link #show}) does not call the commit handler, so views can
 * refresh without re-editing.
 */
public final class IntSpinner extends Spinner<Integer> {

    private final int min;
    private final int max;
    private final Consumer<String> onBadText;
    private boolean showing;
    private boolean typing;
    private int accepted;
    private Object burst = new Object();
    private Consumer<Object> grouping = token -> { };

    public IntSpinner(int min, int max, int value, IntPredicate onCommit, Consumer<String> onBadText) {
        this.min = min;
        this.max = max;
        this.onBadText = onBadText;
        this.accepted = value;
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value);
        factory.setConverter(converter(factory, onBadText));
        setValueFactory(factory);
        setEditable(true);
        getStyleClass().add("int-spinner");
        valueProperty().addListener((obs, old, now) -> {
            if (showing || now == null) {
                return;
            }
            grouping.accept(typing ? burst : null);
            if (onCommit.test(now)) {
                accepted = now;
            } else if (!typing) {
                show(old);
            }
        });
        getEditor().textProperty().addListener((obs, old, text) -> {
            if (!showing && getEditor().isFocused()) {
                typed(text);
            }
        });
        getEditor().focusedProperty().addListener((obs, was, is) -> {
            burst = new Object();
            if (!is) {
                commitValue();
                restoreAccepted();
            }
        });
        getEditor().addEventHandler(javafx.event.ActionEvent.ACTION, e -> restoreAccepted());
    }

    /** Shows a value without treating it as an edit. */
    public void show(int value) {
        showing = true;
        try {
            accepted = value;
            getValueFactory().setValue(value);
            getEditor().setText(Integer.toString(value));
        } finally {
            showing = false;
        }
    }

    /**
     * Before each commit, {@code sink} gets a token: while keystrokes are applied, one that stays
     * the same until the field loses the focus (so a number typed digit by digit can be one undo
     * step), otherwise null.
     */
    public void groupEditsWith(Consumer<Object> sink) {
        this.grouping = sink;
    }

    private void typed(String text) {
        String problem = WholeNumberText.problem(text, min, max);
        if (problem != null) {
            onBadText.accept(problem);
            return;
        }
        int value = WholeNumberText.value(text);
        typing = true;
        try {
            getValueFactory().setValue(value);
        } finally {
            typing = false;
        }
    }

    /** After Enter or leaving the field: the text shows the value in force. */
    private void restoreAccepted() {
        if (getValue() == null || getValue() != accepted
                || WholeNumberText.problem(getEditor().getText(), min, max) != null) {
            show(accepted);
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
                    bad.accept(Messages.text("number.not-whole", text.trim()));
                    return factory.getValue();
                }
            }
        };
    }
}
