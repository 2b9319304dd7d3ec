package org.teikit.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a layout reader found: the metadata, where the body lies (line indices, end
 * exclusive), and every header line it used, as values (by the slot each fills) or as
 * furniture (labels, site chrome).
 */
record Header(Metadata metadata, int bodyFrom, int bodyTo, Map<HeaderBuilder.Slot, Field> fields, List<Field> furniture) {
    Header {
        EnumMap<HeaderBuilder.Slot, Field> copy = new EnumMap<>(HeaderBuilder.Slot.class);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
        furniture = List.copyOf(furniture);
    }

    /** The values, in slot order. */
    List<Field> values() {
        return new ArrayList<>(fields.values());
    }
}
