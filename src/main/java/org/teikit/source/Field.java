package org.teikit.source;

/** One metadata value as it stands in the source, with its offset for messages. */
public record Field(String text, int offset) {
    public Field {
        if (text == null) throw new IllegalArgumentException("field text is null");
    }
}
