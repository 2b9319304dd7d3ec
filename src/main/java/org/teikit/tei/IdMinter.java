package org.teikit.tei;

import java.util.HashSet;
import java.util.Set;

/** Hands out xml:ids that are unique within one document. */
final class IdMinter {
    private final Set<String> used = new HashSet<>();

    /** Reserves an id that is already fixed (register entries), so minted ids never collide with it. */
    void reserve(String id) {
        used.add(id);
    }

    String mint(String wanted) {
        String id = wanted;
        for (int i = 2; !used.add(id); i++) {
            id = wanted + "-" + i;
        }
        return id;
    }
}
