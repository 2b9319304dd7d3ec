package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The edition's style sheet: readable colours, a print style, nothing fetched. */
class EditionStyleTest {
    private static final String CSS = read("/org/teikit/xslt/edition.css");

    private static String read(String resource) {
        try (var in = EditionStyleTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> colours() {
        Map<String, String> vars = new HashMap<>();
        Matcher m = Pattern.compile("--([a-z]+):\\s*(#[0-9a-fA-F]{6});").matcher(CSS);
        while (m.find()) vars.put(m.group(1), m.group(2));
        return vars;
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    @Test
    void textColoursKeepAContrastOfAtLeastFourAndAHalf() {
        Map<String, String> c = colours();
        for (String fg : List.of("ink", "muted", "link")) {
            for (String bg : List.of("paper", "panel")) {
                double ratio = contrast(c.get(fg), c.get(bg));
                assertTrue(ratio >= 4.5, String.format(Locale.ROOT, "%s on %s: %.2f", fg, bg, ratio));
            }
        }
        assertTrue(contrast(c.get("paper"), c.get("ink")) >= 4.5, "the pressed switch button");
    }

    @Test
    void hasAPrintStyle() {
        assertTrue(CSS.contains("@media print"));
    }

    @Test
    void fetchesNothing() {
        assertFalse(CSS.contains("url("));
        assertFalse(CSS.contains("@import"));
        assertFalse(CSS.contains("@font-face"));
    }
}
