package org.teikit.source;

import java.util.List;

/**
 * A record with the accounts of how it was read: the body region it came from and every other
 * line of the page, as a metadata value or as furniture (labels and site chrome). Together
 * they cover every character of the file, which is what the "nothing silently vanishes" test
 * checks.
 *
 * @param bodyStart offset of the body's first character ({@code bodyEnd} when there is no body)
 * @param bodyEnd   offset just after the body's last character
 */
record ParsedPage(ArchiveRecord record, int bodyStart, int bodyEnd, List<Field> values, List<Field> furniture) {
    ParsedPage {
        values = List.copyOf(values);
        furniture = List.copyOf(furniture);
    }
}
