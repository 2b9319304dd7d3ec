package org.teikit.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.teikit.io.Bytes;
import org.teikit.io.OutputFiles;
import org.teikit.pipeline.TextToTei;

/**
 * One document encoded by an {@link Encoder}: the TEI, valid against teikit's schema and rules,
 * byte for byte what {@code teikit encode} writes, and the warnings (one line each: what had to be
 * left out to keep the TEI valid, and what the self-check warns of).
 *
 * <pre>{@code
 * Encoded tei = Encoder.standard().encode(Path.of("letter.txt"));
 * String xml = tei.xml();
 * for (String w : tei.warnings()) System.err.println("letter.txt: " + w);
 * }</pre>
 *
 * <p>Immutable and thread-safe ({@link #bytes()} hands out a copy).
 */
public final class Encoded {
    private final Bytes bytes;
    private final List<String> warnings;

    private Encoded(Bytes bytes, List<String> warnings) {
        this.bytes = bytes;
        this.warnings = List.copyOf(warnings);
    }

    static Encoded of(TextToTei.Encoded e) {
        return new Encoded(e.bytes(), e.warnings());
    }

    /** The TEI as UTF-8 bytes, the file {@code teikit encode} writes. */
    public byte[] bytes() {
        return bytes.toArray();
    }

    /** The TEI as text. */
    public String xml() {
        return bytes.decode(StandardCharsets.UTF_8);
    }

    /** Each warning one line, e.g. {@code warning: left out the date "…": …}; empty when nothing was left out. */
    public List<String> warnings() {
        return warnings;
    }

    /** Writes the TEI to {@code file} atomically (a file whole or not at all), making its directory if need be. */
    public void writeTo(Path file) {
        OutputFiles.write(file, bytes);
    }
}
