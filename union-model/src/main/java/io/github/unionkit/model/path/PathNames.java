package io.github.unionkit.model.path;

import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * The names of path segments in Russian and English ({@code path.<property>} and, for an element of a
 * list, {@code path.<property>.item} in the model's bundle), for {@link PropertyPath#displayName}.
 */
final class PathNames {

    /**
     * The lists a path may index from 0 ({@code headerLines[0]}), shown from 1 when the key is a whole
     * number; the others are keyed (clause numbers). {@code organizations} is indexed in a list of
     * organizations and keyed by id in a tree; an id is rarely digits only.
     */
    private static final Set<String> INDEXED = Set.of("headerLines", "items", "sizeBands", "references",
            "attachments", "members", "meetings", "resolutions", "delegates", "organizations");

    private PathNames() {
    }

    static String property(String name, Locale locale) {
        try {
            return ModelErrorTexts.TEXTS.get("path." + name, locale);
        } catch (MissingResourceException unnamed) {
            return name;
        }
    }

    static String item(String name, String key, Locale locale) {
        String shown = key;
        if (INDEXED.contains(name) && isIndex(key)) {
            shown = Long.toString(Long.parseLong(key) + 1);
        }
        try {
            return ModelErrorTexts.TEXTS.format("path." + name + ".item", locale, shown);
        } catch (MissingResourceException unnamed) {
            return property(name, locale) + " [" + key + "]";
        }
    }

    private static boolean isIndex(String key) {
        if (key.isEmpty() || key.length() > 9) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
