package org.teikit.bench;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} slots in generator templates. {@code {name-upper}} and {@code {name-lower}}
 * give the value in capitals or small letters, so templates need no second copy of a value.
 */
final class Slots {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z][a-z0-9-]*)}");

    private Slots() { }

    static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), values)));
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, Map<String, String> values) {
        String v = values.get(name);
        if (v != null) return v;
        if (name.endsWith("-upper")) return value(name.substring(0, name.length() - 6), values).toUpperCase(Locale.ROOT);
        if (name.endsWith("-lower")) return value(name.substring(0, name.length() - 6), values).toLowerCase(Locale.ROOT);
        throw new IllegalStateException("generator template uses the unknown slot {" + name + "}");
    }
}
