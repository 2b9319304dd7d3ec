package org.teikit.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record's id, an XML name: {@code wcda-NNNN} from the archive URL's {@code /document/NNNN},
 * else the file name made safe ("09 Bericht über.txt" → "doc-09-Bericht-über").
 */
final class DocumentId {
    private static final Pattern ARCHIVE_DOCUMENT = Pattern.compile("/document/(\\d+)\\b");

    private DocumentId() { }

    static String of(String url, String sourceName) {
        if (url != null) {
            Matcher m = ARCHIVE_DOCUMENT.matcher(url);
            if (m.find()) return "wcda-" + m.group(1);
        }
        return fromFileName(sourceName);
    }

    static String fromFileName(String sourceName) {
        String name = sourceName == null ? "" : sourceName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(c -> {
            boolean keep = Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
            if (keep) sb.appendCodePoint(c);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
        });
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
        if (sb.length() == 0) return "doc";
        int first = sb.codePointAt(0);
        return Character.isLetter(first) || first == '_' ? sb.toString() : "doc-" + sb;
    }
}
