package org.teikit.source;

import java.util.List;

/**
 * What a layout reader found: the metadata, where the body lies (line indices, end
 * exclusive), and every header line it used, as values or as furniture (labels, site chrome).
 */
record Header(Metadata metadata, int bodyFrom, int bodyTo, List<Field> values, List<Field> furniture) {
    Header {
        values = List.copyOf(values);
        furniture = List.copyOf(furniture);
    }
}
