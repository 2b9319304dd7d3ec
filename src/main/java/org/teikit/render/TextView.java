package org.teikit.render;

import net.sf.saxon.s9api.XdmNode;

/**
 * The diplomatic text view of a body, as the lossless invariant defines it: all text of
 * {@code text/body} in document order, skipping {@code corr}, {@code expan} and {@code reg}, with
 * {@code [} and {@code ]} put back around every element with {@code rend="brackets"}. Its
 * non-whitespace characters equal those of the source body, in order, for every document teikit
 * encodes; the encoder's tests check that through this class.
 */
public final class TextView {
    private TextView() { }

    public static String diplomaticBody(XdmNode tei) {
        return Renderer.get().diplomaticBody(tei);
    }

    /** For a document built with XOM, as the encoder builds it. */
    public static String diplomaticBody(nu.xom.Document tei) {
        return diplomaticBody(Renderer.get().read(tei));
    }

    /** The characters the lossless invariant compares: everything but whitespace, in order. */
    public static String withoutWhitespace(String text) {
        return text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
