package org.teikit.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.teikit.Version;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.annotate.AnnotatedText;
import org.teikit.annotate.DocumentAnnotator;
import org.teikit.annotate.Register;
import org.teikit.pipeline.TextToTei;
import org.teikit.source.ArchiveRecord;
import org.teikit.source.Block;
import org.teikit.source.SourceReader;
import org.teikit.tei.TeiEncoder;
import org.teikit.validate.Finding;
import org.teikit.validate.Report;
import org.teikit.validate.TeikitValidation;
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
                structureOnly ? EncodingOptions::withoutMarkup : DocumentAnnotator.withAuthorities(authority)::annotate;
        return new TextToTei(reader, annotator, new TeiEncoder(Version.get()), EncodingOptions::selfCheck);
    }

    /** teikit's schema and rules on what the encoder wrote: the first error, and the warnings. */
    private static TextToTei.SelfCheck selfCheck(byte[] tei) {
        Report report = TeikitValidation.teikit().validate(new String(tei, StandardCharsets.UTF_8), "encoded.xml");
        return new TextToTei.SelfCheck(
                report.findings().stream().filter(Finding::isError).findFirst().map(Finding::textLine).orElse(null),
                report.findings().stream().filter(f -> !f.isError()).map(Finding::textLine).toList());
    }

    private static AnnotatedDocument withoutMarkup(ArchiveRecord r) {
        List<AnnotatedText> body = new ArrayList<>();
        for (Block b : r.body()) body.add(AnnotatedText.plain(b.text()));
        var m = r.metadata();
        return new AnnotatedDocument(r, null,
                m.title() == null ? null : AnnotatedText.plain(m.title().text()),
                m.citation() == null || m.citation().title() == null ? null : AnnotatedText.plain(m.citation().title()),
                m.summary() == null ? null : AnnotatedText.plain(m.summary().text()),
                body, new Register(List.of()));
    }
}
