package org.teikit.tei;

import nu.xom.Element;

/**
 * An element the {@link InlineWriter} made from one span. It remembers that span, so that when
 * teikit's checks reject the element the encoder can name the annotation at fault and leave it
 * out. Nothing of this shows in the serialised XML.
 */
final class SpanElement extends Element {
    private final SpanOrigin origin;

    SpanElement(String name, SpanOrigin origin) {
        super(name, Tei.NS);
        this.origin = origin;
    }

    SpanOrigin origin() {
        return origin;
    }
}
