package org.teikit.cli;

import java.util.ArrayList;
import java.util.List;
import org.teikit.Version;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.annotate.DocumentAnnotator;
import org.teikit.pipeline.TextToTei;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.SourceReader;
import org.teikit.tei.TeiEncoder;
import picocli.CommandLine.Option;

/** The options that decide how text becomes TEI, shared by {@code encode} and {@code build}. */
final class EncodingOptions {

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "auto",
            description = "Character encoding of the input: auto (UTF-8, or UTF-16 with a BOM), or a name such as windows-1252.")
    String charset;

    @Option(names = "--authority", paramLabel = "FILE",
            description = {"Your own register (repeatable): TSV or CSV with the columns id, type (person|place|org), name,",
                    "variants (|-separated), URI; or TEI with listPerson/listPlace/listOrg. Its ids and URIs win over guesses."})
    List<java.nio.file.Path> authority = new ArrayList<>();

    @Option(names = "--structure-only",
            description = "Encode header and structure only, without tagging names, dates and editorial marks.")
    boolean structureOnly;

    /**
     * Everything here that changes what the encoder makes, as text: a build whose settings differ
     * from the last one's encodes every document again. Authority files count by their content.
     */
    String settings() {
        StringBuilder s = new StringBuilder();
        s.append("encoding=").append(charset.toLowerCase(java.util.Locale.ROOT)).append('\n');
        s.append("structure-only=").append(structureOnly).append('\n');
        for (java.nio.file.Path a : authority) s.append("authority=").append(org.teikit.pipeline.Fingerprint.ofFile(a)).append('\n');
        return s.toString();
    }

    SourceReader reader() {
        return "auto".equalsIgnoreCase(charset) ? SourceReader.auto() : SourceReader.forEncoding(charset);
    }

    TextToTei textToTei() {
        SourceReader reader = reader();
        java.util.function.Function<ArchiveRecord, AnnotatedDocument> annotator =
                structureOnly ? AnnotatedDocument::structureOnly : DocumentAnnotator.withAuthorities(authority)::annotate;
        return new TextToTei(reader, annotator, new TeiEncoder(Version.get()), TextToTei.SelfCheck::teikit);
    }
}
