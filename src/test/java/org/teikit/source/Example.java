package org.teikit.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.teikit.SharedFiles;

/** One document of {@code ../shared/examples} read by the source stage, with its answer key. */
record Example(String name, JsonNode key, ArchiveRecord record) {

    /** Every example, in file order; skips the calling test without {@code ../shared}. */
    static List<Example> all() throws IOException {
        Path examples = SharedFiles.require("examples");
        ObjectMapper json = new ObjectMapper();
        List<Path> keys;
        try (Stream<Path> files = Files.list(examples.resolve("gold"))) {
            keys = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Example> all = new ArrayList<>();
        for (Path k : keys) {
            JsonNode key = json.readTree(k.toFile());
            String file = key.get("file").asText();
            ArchiveRecord record = RecordParser.parse(SourceReader.auto().read(examples.resolve("docs").resolve(file)));
            all.add(new Example(file.replace(".txt", ""), key, record));
        }
        return all;
    }
}
