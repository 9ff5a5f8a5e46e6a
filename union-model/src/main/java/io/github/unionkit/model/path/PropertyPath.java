package io.github.unionkit.model.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A path into a model value — where a rule found a violation, or where a parser read an element: a
 * sequence of property names and bracketed keys, written like {@code clauses[4].children[4.3].sizeBands[0]} or {@code members[m-17].exitDate}.
 *
 * <p>Property names are ASCII identifiers; keys ({@link #key(Object)}, {@link #index(int)}) are any text
 * of 1–100 characters without brackets or control characters (list indexes are keys of digits). The
 * root is the empty path. {@link #toString()} prints the path, which {@link #parse(CharSequence)} reads
 * back; paths are compared by value. Instances are immutable.
 */
public final class PropertyPath implements Comparable<PropertyPath> {

    private static final PropertyPath ROOT = new PropertyPath(List.of());
    private static final int MAX_TEXT = 1000;
    private static final int MAX_KEY = 100;

    /** Property segments are stored bare, key segments with their brackets. */
    private final List<String> segments;

    private PropertyPath(List<String> segments) {
        this.segments = segments;
    }

    /**
     * Returns the empty path: the subject itself.
     *
     * @return the root path
     */
    public static PropertyPath root() {
        return ROOT;
    }

    /**
     * Returns a path of one property.
     *
     * @param name the property name, an ASCII identifier
     * @return the path
     * @throws IllegalArgumentException if the name is not an identifier
     */
    public static PropertyPath of(String name) {
        return ROOT.property(name);
    }

    /**
     * Returns a path of one of the model's properties.
     *
     * @param property the property, not null
     * @return the path
     */
    public static PropertyPath of(ModelProperty property) {
        return ROOT.property(property);
    }

    /**
     * Returns this path extended by one of the model's properties.
     *
     * @param property the property, not null
     * @return the longer path
     */
    public PropertyPath property(ModelProperty property) {
        return append(Objects.requireNonNull(property, "property").propertyName());
    }

    /**
     * Returns this path extended by a property.
     *
     * @param name the property name: an ASCII letter followed by letters, digits or {@code _}, at most 60
     * @return the longer path
     * @throws IllegalArgumentException if the name is not an identifier
     */
    public PropertyPath property(String name) {
        Objects.requireNonNull(name, "name");
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException("not a property name: length " + name.length());
        }
        return append(name);
    }

    /**
     * Returns this path extended by a list index.
     *
     * @param index the zero-based index, at least 0
     * @return the longer path
     * @throws IllegalArgumentException if {@code index < 0}
     */
    public PropertyPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        return append("[" + index + "]");
    }

    /**
     * Returns this path extended by a key: an identifier, a clause number, a decree number.
     *
     * @param key the key; its {@code toString()} must be 1–100 characters without {@code [}, {@code ]} or
     *     control characters, and must not be personal data
     * @return the longer path
     * @throws IllegalArgumentException if the key text is not allowed
     */
    public PropertyPath key(Object key) {
        Objects.requireNonNull(key, "key");
        String text = key.toString();
        if (!isKey(text)) {
            throw new IllegalArgumentException("not a path key: length " + text.length());
        }
        return append("[" + text + "]");
    }

    /**
     * Returns this path followed by another one.
     *
     * @param suffix the path to append, not null
     * @return the concatenation
     */
    public PropertyPath resolve(PropertyPath suffix) {
        Objects.requireNonNull(suffix, "suffix");
        if (suffix.segments.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(segments);
        all.addAll(suffix.segments);
        return new PropertyPath(Collections.unmodifiableList(all));
    }

    /**
     * Tells whether this path is {@code prefix} or lies below it.
     *
     * @param prefix the candidate ancestor, not null
     * @return true if the segments of {@code prefix} start this path
     */
    public boolean startsWith(PropertyPath prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return prefix.segments.size() <= segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    /**
     * Returns the number of segments.
     *
     * @return the depth; 0 for the root
     */
    public int depth() {
        return segments.size();
    }

    /**
     * Tells whether this is the root path.
     *
     * @return true if there are no segments
     */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /**
     * Reads a path in the form {@link #toString()} prints. Runs in linear time.
     *
     * @param text the path text, not null, at most 1000 characters; empty for the root
     * @return the path
     * @throws IllegalArgumentException with the offending index if the text is malformed
     */
    public static PropertyPath parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("path longer than " + MAX_TEXT);
        }
        PropertyPath path = ROOT;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = i + 1;
                while (close < n && text.charAt(close) != ']' && text.charAt(close) != '[') {
                    close++;
                }
                if (close >= n || text.charAt(close) != ']' || close == i + 1) {
                    throw new IllegalArgumentException("malformed key at index " + i);
                }
                path = path.key(text.subSequence(i + 1, close).toString());
                i = close + 1;
            } else {
                if (!path.isRoot()) {
                    if (c != '.') {
                        throw new IllegalArgumentException("expected '.' or '[' at index " + i);
                    }
                    i++;
                }
                int start = i;
                while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
                    i++;
                }
                String name = text.subSequence(start, i).toString();
                if (!isIdentifier(name)) {
                    throw new IllegalArgumentException("malformed property at index " + start);
                }
                path = path.append(name);
            }
        }
        return path;
    }

    @Override
    public int compareTo(PropertyPath other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PropertyPath && ((PropertyPath) o).segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /**
     * Returns the path text, e.g. {@code clauses[4].children[4.3]}; empty for the root.
     *
     * @return the text that {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            if (sb.length() > 0 && s.charAt(0) != '[') {
                sb.append('.');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    /**
     * Returns the path as people name its parts, in Russian or English: «пункт 3.1, поручение, срок»,
     * «строка шапки 1», "clause 3.1, assignment, deadline". Positions in lists counted from 0 in the
     * path ({@code headerLines[0]}) are counted from 1 here; keys (clause numbers, organization ids)
     * are kept. A property this version has no name for is written as in the path. The root is the
     * empty string.
     *
     * @param locale the language: Russian when its language is {@code ru}, English otherwise; not null
     * @return the description; {@link #toString()} is the text {@link #parse(CharSequence)} reads
     */
    public String displayName(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        List<String> parts = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean keyed = i + 1 < segments.size() && segments.get(i + 1).charAt(0) == '[';
            if (segment.charAt(0) == '[') {
                parts.add(segment);
                continue;
            }
            if (keyed) {
                String key = segments.get(i + 1);
                key = key.substring(1, key.length() - 1);
                parts.add(PathNames.item(segment, key, locale));
                i++;
            } else {
                parts.add(PathNames.property(segment, locale));
            }
        }
        return String.join(", ", parts);
    }

    private PropertyPath append(String segment) {
        List<String> all = new ArrayList<>(segments.size() + 1);
        all.addAll(segments);
        all.add(segment);
        return new PropertyPath(Collections.unmodifiableList(all));
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || s.length() > 60) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || ((c < '0' || c > '9') && c != '_'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKey(String s) {
        if (s.isEmpty() || s.length() > MAX_KEY) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' || c == ']' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }
}
