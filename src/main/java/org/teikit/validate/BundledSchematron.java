package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.SaxonApiException;

/**
 * The validation stylesheets of teikit's own schema (teikit.rng, teikit.sch), made by SchXslt2
 * when teikit is built and shipped in the jar under {@code org/teikit/schematron/KEY.xsl}, keyed
 * as {@link SchematronCache} keys them. Loading and running SchXslt2 is most of what a one-file
 * {@code encode} would otherwise spend on its self-check.
 */
public final class BundledSchematron {
    private static final String BASE = "/org/teikit/schematron/";

    private BundledSchematron() {
    }

    /** The bundled stylesheet text (or {@link SchematronCache#NONE}) kept under {@code key}, if any. */
    static Optional<String> get(String key) {
        try (InputStream in = BundledSchematron.class.getResourceAsStream(BASE + key + ".xsl")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Run by the build (the grammar as Schematron, as {@link SchemaCompiler} asks for what it embeds; exec-maven-plugin, phase process-classes): writes the stylesheets into {@code args[0]}. */
    public static void main(String[] args) throws SaxonApiException {
        Path dir = Path.of(args[0]);
        SchematronCache keys = SchematronCache.none();
        try {
            Files.createDirectories(dir);
            for (SchemaSource source : List.of(SchemaSource.teikitGrammar().as(SchemaLanguage.SCHEMATRON), SchemaSource.teikitRules())) {
                String key = keys.key(source).orElseThrow(() -> new IllegalStateException("no key for " + source.name()));
                String text = SchematronCache.text(SchematronCompiler.instance().transpile(source));
                Files.writeString(dir.resolve(key + ".xsl"), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
