package org.teikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void equalContentsAreEqualAndACopyIsNotChangedThroughTheArray() {
        byte[] raw = "<TEI/>".getBytes(StandardCharsets.UTF_8);
        Bytes a = Bytes.copyOf(raw);
        Bytes b = Bytes.copyOf("<TEI/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        raw[0] = 'x';
        assertEquals("<TEI/>", a.decode(StandardCharsets.UTF_8));
        a.toArray()[0] = 'x';
        assertEquals(b, a);
        assertNotEquals(a, Bytes.copyOf(raw));
    }
}
