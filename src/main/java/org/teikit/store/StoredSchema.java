package org.teikit.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One schema in the store.
 *
 * @param url     the URL documents name it by (the key)
 * @param kind    "tei_all", "tei_lite"… for TEI P5 schemas, "relaxng" for any other
 * @param version the TEI P5 release, or "" when not a TEI schema
 * @param size    bytes of the schema file itself
 * @param sha256  of the schema file itself, lower-case hex
 * @param added   when it was added: store metadata, never part of any output teikit makes from documents
 * @param file    the schema file, relative to the store's {@code schemas/} folder
 * @param files   every file it brought in (itself and what it includes), relative likewise
 */
public record StoredSchema(String url, String kind, String version, long size, String sha256, Instant added,
                           String file, List<String> files) {
    public StoredSchema {
        files = List.copyOf(files);
    }

    public boolean isTei() {
        return !version.isEmpty() || kind.startsWith("tei");
    }

    Path path(Path schemas) {
        return schemas.resolve(file);
    }
}
