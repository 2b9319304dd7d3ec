package org.teikit.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.teikit.Version;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.annotate.DocumentAnnotator;
import org.teikit.pipeline.Fingerprint;
import org.teikit.pipeline.TextToTei;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.SourceReader;
import org.teikit.tei.TeiEncoder;

/**
 * Plain-text archive documents to TEI P5, exactly as {@code teikit encode} makes them: header,
 * structure, names, dates, measures and editorial marks, then the self-check (teikit's schema and
 * rules, and that every line of the input is accounted for). Where a recogniser's guess breaks
 * the schema the document is made without it and a warning says so; an input that cannot be
 * read throws an {@link org.teikit.InputException}, and a loss the self-check finds (teikit's own
 * failure) a {@link org.teikit.TeikitBug}; either's {@code oneLine()} names file, line and column.
 *
 * <pre>{@code
 * Encoded tei = Encoder.standard().encode(Path.of("letter.txt"));
 * tei.writeTo(Path.of("letter.xml"));
 * tei.warnings().forEach(System.err::println);
 *
 * Encoder mine = Encoder.standard().withEncoding("windows-1252").withAuthorities(List.of(Path.of("people.tsv")));
 * }</pre>
 *
 * <p>Immutable and thread-safe: one encoder may encode any number of documents from any number of
 * threads at once. Each {@code with…} method returns a new encoder and reads what it names at once
 * (an unknown encoding or an unusable authority file throws there, not at the first document), so
 * build the encoder once and reuse it.
 */
public final class Encoder {
    private final String encoding;
    private final List<Path> authorities;
    private final boolean structureOnly;
    private final TextToTei pipeline;

    private Encoder(String encoding, List<Path> authorities, boolean structureOnly) {
        this.encoding = encoding;
        this.authorities = List.copyOf(authorities);
        this.structureOnly = structureOnly;
        this.pipeline = pipeline(encoding, this.authorities, structureOnly);
    }

    /** The encoder {@code teikit encode} runs without options: byte-order mark or UTF-8, built-in data only, full markup. */
    public static Encoder standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Encoder INSTANCE = new Encoder(SourceReader.AUTO, List.of(), false);
    }

    /**
     * The character encoding of the files read ({@code --encoding}): {@code "auto"} (a byte-order
     * mark, else UTF-8) or a Java charset name such as {@code "windows-1252"}. Strings given to
     * {@link #encode(String, String)} have no bytes and are not affected.
     *
     * @throws org.teikit.InputException for a name Java does not know
     */
    public Encoder withEncoding(String encoding) {
        return new Encoder(Objects.requireNonNull(encoding, "encoding"), authorities, structureOnly);
    }

    /**
     * The user's own registers ({@code --authority}): TSV or CSV with the columns id, type, name,
     * variants, URI, or TEI with listPerson/listPlace/listOrg. Their ids and URIs win over guesses.
     * A structure-only encoder tags no names and does not read them.
     *
     * @throws org.teikit.InputException naming the file and line where a register is unusable
     */
    public Encoder withAuthorities(List<Path> files) {
        return new Encoder(encoding, files, structureOnly);
    }

    /** Header and structure only, without names, dates and editorial marks ({@code --structure-only}). */
    public Encoder withStructureOnly(boolean on) {
        return new Encoder(encoding, authorities, on);
    }

    /** Encodes one text file; warnings say what had to be left out to keep the TEI valid. */
    public Encoded encode(Path file) {
        return Encoded.of(pipeline.encode(file));
    }

    /**
     * Encodes the text of a document held in memory, with the result {@link #encode(Path)} gives
     * for a UTF-8 file holding that text.
     *
     * @param name what messages (and the self-check's warnings) call the document, e.g. {@code "letter.txt"}
     */
    public Encoded encode(String text, String name) {
        return Encoded.of(pipeline.encode(name, text));
    }

    /** The text-to-TEI pipeline itself, for {@link Site}. */
    TextToTei pipeline() {
        return pipeline;
    }

    /**
     * Everything here that changes what the encoder makes, as text: a site build whose settings
     * differ from the last one's encodes every document again. Authority files count by their content.
     */
    String settings() {
        StringBuilder s = new StringBuilder();
        s.append("encoding=").append(encoding.toLowerCase(Locale.ROOT)).append('\n');
        s.append("structure-only=").append(structureOnly).append('\n');
        for (Path a : authorities) s.append("authority=").append(Fingerprint.ofFile(a)).append('\n');
        return s.toString();
    }

    /** The annotator with the built-in data only, loaded once (at the first document) for every encoder without authority files. */
    private static final class BuiltIn {
        static final DocumentAnnotator ANNOTATOR = new DocumentAnnotator();
    }

    private static TextToTei pipeline(String encoding, List<Path> authorities, boolean structureOnly) {
        SourceReader reader = SourceReader.forEncoding(encoding);
        Function<ArchiveRecord, AnnotatedDocument> annotator = structureOnly ? AnnotatedDocument::structureOnly
                : authorities.isEmpty() ? record -> BuiltIn.ANNOTATOR.annotate(record) : DocumentAnnotator.withAuthorities(authorities)::annotate;
        return new TextToTei(reader, annotator, new TeiEncoder(Version.get()), TextToTei.SelfCheck::teikit);
    }
}
