package org.teikit.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import org.teikit.InputException;

/**
 * Where a schema comes from and in which language it is written. Two sources are the same
 * schema when location and language are equal, which is what {@link SchemaCompiler} caches by.
 *
 * <p>For a RELAX NG schema in XML syntax, {@link SchemaLanguage#SCHEMATRON} names the Schematron
 * embedded in it.
 *
 * @param location absolute URI of the schema ({@code file:}, or {@code jar:} for schemas inside teikit)
 * @param language how to read it
 * @param name     how reports name it ({@code teikit}, {@code tei_all.rng}, a path)
 */
public record SchemaSource(URI location, SchemaLanguage language, String name) {

    public SchemaSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(language, "language");
        if (!location.isAbsolute()) throw new IllegalArgumentException("schema location must be absolute: " + location);
        name = name == null ? location.toString() : name;
    }

    /** teikit's own RELAX NG schema, from inside the jar. */
    public static SchemaSource teikitGrammar() {
        return bundled("teikit.rng", SchemaLanguage.RELAX_NG);
    }

    /** teikit's own Schematron rules, from inside the jar. */
    public static SchemaSource teikitRules() {
        return bundled("teikit.sch", SchemaLanguage.SCHEMATRON);
    }

    /** A schema file; the language comes from its extension ({@code .rng}, {@code .rnc}, {@code .sch}). */
    public static SchemaSource of(Path file) {
        SchemaLanguage language = SchemaLanguage.byExtension(file.toString());
        if (language == null) {
            throw new InputException(file.toString(), "not a schema teikit can read",
                    "give a RELAX NG schema (.rng or .rnc) or an ISO Schematron file (.sch)");
        }
        return new SchemaSource(file.toAbsolutePath().normalize().toUri(), language, file.toString());
    }

    /** The same location read as another language (the Schematron embedded in a RELAX NG schema). */
    public SchemaSource as(SchemaLanguage other) {
        return new SchemaSource(location, other, name);
    }

    /** True when this is the Schematron embedded in a RELAX NG schema rather than a Schematron file. */
    public boolean isEmbeddedSchematron() {
        return language == SchemaLanguage.SCHEMATRON && SchemaLanguage.byExtension(location.toString()) == SchemaLanguage.RELAX_NG;
    }

    private static SchemaSource bundled(String file, SchemaLanguage language) {
        URL url = SchemaSource.class.getResource("/org/teikit/schema/" + file);
        if (url == null) throw new IllegalStateException("teikit's " + file + " is missing from the jar");
        try {
            return new SchemaSource(url.toURI(), language, file);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
