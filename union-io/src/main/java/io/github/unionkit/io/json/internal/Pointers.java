package io.github.unionkit.io.json.internal;

/**
 * JSON Pointer (RFC 6901) construction.
 */
final class Pointers {

    private Pointers() {
    }

    /**
     * Returns the pointer of a property of the value at {@code parent}.
     *
     * @param parent the parent pointer
     * @param name the property name
     * @return the child pointer, with {@code ~} and {@code /} escaped
     */
    public static String child(String parent, String name) {
        return parent + '/' + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Returns the pointer of an element of the array at {@code parent}.
     *
     * @param parent the parent pointer
     * @param index the element index
     * @return the child pointer
     */
    public static String child(String parent, int index) {
        return parent + '/' + index;
    }
}
