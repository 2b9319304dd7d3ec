package org.teikit.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The funder named in an archive's credits sentence ("… made possible with support from the X"). */
final class Credits {
    private static final Pattern SUPPORT = Pattern.compile(
            "(?i)\\b(?:generous\\s+)?support\\s+(?:from|of|by)\\s+(?:the\\s+)?(.+?)\\s*\\.?$");

    private Credits() { }

    static @Nullable String funder(String credits) {
        Matcher m = SUPPORT.matcher(credits.strip());
        return m.find() ? m.group(1) : null;
    }
}
