package org.teikit.source;

import java.nio.CharBuffer;
import java.util.Locale;
import org.teikit.InputException;

/**
 * Brings decoded text into the one form every later stage assumes: no byte-order mark, every
 * line end ({@code \r\n}, lone {@code \r}) a {@code \n}, and no character that XML 1.0 cannot
 * carry. Line ends map one to one, so line and column numbers stay the file's own.
 */
final class TextNormaliser {
    private TextNormaliser() { }

    /** Normalises in place, in one pass (the text may be tens of megabytes). */
    static String normalise(String name, CharBuffer decoded) {
        char[] a = decoded.array();
        int from = decoded.arrayOffset() + decoded.position();
        int end = decoded.arrayOffset() + decoded.limit();
        int w = from;
        int i = from;
        if (i < end && a[i] == '\uFEFF') i++;
        int line = 1;
        int lineStart = i;
        for (; i < end; i++) {
            char c = a[i];
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < end && a[i + 1] == '\n') i++;
                a[w++] = '\n';
                line++;
                lineStart = i + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(a[i + 1])) {
                a[w++] = c;
                a[w++] = a[++i];
            } else if (isXmlChar(c)) {
                a[w++] = c;
            } else {
                throw notXml(name, line, i - lineStart + 1, c);
            }
        }
        return new String(a, from, w - from);
    }

    private static boolean isXmlChar(char c) {
        if (c < 0x20) return c == '\t';
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    private static InputException notXml(String name, int line, int column, char c) {
        String what = switch (c) {
            case 0 -> "a NUL character (U+0000)";
            case '\f' -> "a form feed (U+000C)";
            default -> Character.isSurrogate(c)
                    ? String.format(Locale.ROOT, "a lone surrogate (U+%04X)", (int) c)
                    : String.format(Locale.ROOT, c < 0x20 ? "the control character U+%04X" : "the non-character U+%04X", (int) c);
        };
        String hint = c == '\f'
                ? "a form feed marks a page break: replace it with a blank line"
                : "remove it; it is not text and XML cannot carry it";
        return new InputException(name, line, column, "the file contains " + what, hint);
    }
}
