package org.teikit.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teikit.io.OutputFiles;
import org.teikit.render.Neighbours;
import org.teikit.render.Validity;

/**
 * What the last build of a site made from what ({@code SITEDIR/.teikit/manifest.json}): the
 * teikit version and settings it ran with, and per document the SHA-256 of its input, the files
 * made from it and the neighbours its page links to. The next build skips what has not changed.
 *
 * @param teikit    teikit's version
 * @param settings  fingerprint of the settings that shape the output
 * @param documents by input file name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(String teikit, String settings, List<Entry> documents) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final Manifest NONE = new Manifest("", "", List.of());

    /**
     * @param input      the input's file name
     * @param sha256     of the input's bytes
     * @param tei        of the TEI teikit wrote for a text input ({@code tei/NAME.xml}); a file there that no
     *                   longer has this hash was changed by hand and is not overwritten. Empty for TEI inputs.
     * @param page       of the TEI the page was made from
     * @param validity   what checking that TEI found
     * @param outputs    files made from it, relative to the site, with {@code /}
     * @param neighbours what its page links to as previous and next
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String input, String sha256, String tei, String page, Validity validity, List<String> outputs,
                        Neighbours neighbours) {
        public Entry {
            tei = tei == null ? "" : tei;
            page = page == null ? "" : page;
            validity = validity == null ? Validity.OK : validity;
            outputs = outputs == null ? List.of() : List.copyOf(outputs);
        }
    }

    public Manifest {
        documents = documents == null ? List.of() : documents.stream().sorted(Comparator.comparing(Entry::input)).toList();
    }

    static Path location(Path site) {
        return site.resolve(".teikit").resolve("manifest.json");
    }

    /** The manifest of the last build; {@link #NONE} when there is none or it cannot be read (everything is rebuilt). */
    static Manifest read(Path site) {
        Path file = location(site);
        if (!Files.isRegularFile(file)) return NONE;
        try {
            Manifest m = JSON.readValue(Files.readAllBytes(file), Manifest.class);
            return m.teikit() == null || m.settings() == null ? NONE : m;
        } catch (IOException e) {
            return NONE;
        }
    }

    /** Writes the manifest unless the last build left the same one: a build that changed nothing writes nothing. */
    void write(Path site) {
        byte[] bytes;
        try {
            bytes = (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the build manifest", e);
        }
        Path file = location(site);
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) return;
        } catch (IOException e) {
            // Unreadable: write it anew.
        }
        OutputFiles.write(file, bytes);
    }

    Map<String, Entry> byInput() {
        Map<String, Entry> map = new HashMap<>();
        for (Entry e : documents) map.put(e.input(), e);
        return map;
    }
}
