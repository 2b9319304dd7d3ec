package org.teikit.cli;

import java.util.ArrayList;
import java.util.List;
import org.teikit.api.Encoder;
import org.teikit.source.SourceReader;
import picocli.CommandLine.Option;

/** The options that decide how text becomes TEI, shared by {@code encode} and {@code build}; the {@link Encoder} they ask for. */
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

    /** For {@code --explain}, which shows how the lines were read before anything is encoded. */
    SourceReader reader() {
        return SourceReader.forEncoding(charset);
    }

    /** Structure-only first: such an encoder does not read the authority files, as it tags no names. */
    Encoder encoder() {
        return Encoder.standard().withEncoding(charset).withStructureOnly(structureOnly).withAuthorities(authority);
    }
}
