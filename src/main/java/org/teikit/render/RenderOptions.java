package org.teikit.render;

/**
 * How to render one document.
 *
 * @param format html or text
 * @param reading the reading a text view shows, and the one an HTML page opens in
 * @param width the text view's line width; 0 leaves each paragraph on one line
 */
public record RenderOptions(Format format, Reading reading, int width) {
    public static final int DEFAULT_WIDTH = 72;

    public RenderOptions {
        if (format == null || reading == null) throw new IllegalArgumentException("format and reading are required");
        if (width < 0) throw new IllegalArgumentException("width must be 0 or more, not " + width);
    }

    public static RenderOptions html() {
        return new RenderOptions(Format.HTML, Reading.NORMALISED, DEFAULT_WIDTH);
    }

    public static RenderOptions text() {
        return new RenderOptions(Format.TEXT, Reading.NORMALISED, DEFAULT_WIDTH);
    }

    public RenderOptions withReading(Reading r) {
        return new RenderOptions(format, r, width);
    }

    public RenderOptions withWidth(int w) {
        return new RenderOptions(format, reading, w);
    }
}
