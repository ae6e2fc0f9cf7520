package org.cnnexplorer.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows choice-box values by their ids ({@code float32}, {@code adam}) rather than enum names. */
public final class Choices {

    private Choices() {
    }

    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
