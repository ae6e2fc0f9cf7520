package org.cnnexplorer.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.Preferences;

/** Where the app keeps what it remembers between runs: recent files, theme, lecture mode. */
public interface PreferenceStore {

    String get(String key, String fallback);

    void put(String key, String value);

    default boolean getBoolean(String key, boolean fallback) {
        return Boolean.parseBoolean(get(key, Boolean.toString(fallback)));
    }

    default void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    /** The user's preferences (java.util.prefs, node {@code org/cnnexplorer/ui}). */
    static PreferenceStore user() {
        Preferences node = Preferences.userRoot().node("org/cnnexplorer/ui");
        return new PreferenceStore() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }
        };
    }

    /** Preferences that live in memory only, for tests and screenshots. */
    static PreferenceStore inMemory() {
        Map<String, String> values = new HashMap<>();
        return new PreferenceStore() {
            @Override
            public String get(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
