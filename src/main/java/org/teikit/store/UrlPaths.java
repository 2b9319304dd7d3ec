package org.teikit.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teikit.InputException;

/**
 * A schema URL as a path inside the store: {@code https://www.tei-c.org/release/…/tei_all.rng}
 * becomes {@code https/www.tei-c.org/release/…/tei_all.rng}, so that relative includes keep
 * resolving beside it. Every segment is made safe ({@code ..}, separators and odd characters
 * escaped), so no URL can name a file outside the store.
 */
final class UrlPaths {
    private UrlPaths() { }

    /** The normalised absolute URL, or a clear error. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            throw new InputException(url, "not a valid URL: " + e.getReason(), "give an absolute URL such as https://example.org/schema.rng");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getScheme() == null) {
            throw new InputException(url, "not an absolute URL", "give an absolute URL such as https://example.org/schema.rng");
        }
        return uri;
    }

    static String relativePath(URI uri) {
        List<String> segments = new ArrayList<>();
        segments.add(safe(uri.getScheme().toLowerCase(Locale.ROOT)));
        String authority = uri.getRawAuthority();
        segments.add(safe(authority == null ? "_" : authority.toLowerCase(Locale.ROOT)));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        List<String> parts = new ArrayList<>(List.of(path.split("/", -1)));
        parts.removeIf(String::isEmpty);
        if (parts.isEmpty() || path.endsWith("/")) parts.add("index.rng");
        for (int i = 0; i < parts.size(); i++) {
            String part = decode(parts.get(i));
            if (i == parts.size() - 1 && uri.getRawQuery() != null) part += "?" + uri.getRawQuery();
            segments.add(safe(part));
        }
        return String.join("/", segments);
    }

    private static String decode(String raw) {
        try {
            return new URI("x:" + raw).getSchemeSpecificPart();
        } catch (URISyntaxException e) {
            return raw;
        }
    }

    private static String safe(String segment) {
        if (segment.equals(".") || segment.equals("..")) return segment.replace(".", "%2E");
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
