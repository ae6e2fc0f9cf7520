package org.cnnexplorer.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the interface: English (the default) and Korean. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, "English"),
    KOREAN("ko", Locale.KOREAN, "한국어");

    private final String code;
    private final Locale locale;
    private final String nativeName;

    Language(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** {@code en} or {@code ko}, as {@code --lang} takes it. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as the View > Language menu lists it. */
    public String nativeName() {
        return nativeName;
    }

    /** The language of this code ({@code en}, {@code ko}, case-insensitive), if it is one. */
    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Korean for a Korean system locale, English for every other. */
    public static Language fromLocale(Locale locale) {
        return KOREAN.locale.getLanguage().equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }
}
