package org.teikit.validate;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.teikit.TeikitException;

/**
 * Which schemas check a document. Either the same ones for every file ({@code --schema}), or
 * what each file declares in its {@code <?xml-model?>} instructions, falling back to teikit's
 * schema (with a warning that says so) when it declares none.
 */
interface SchemaSelection {

    /** The schemas for one document; problems with its declarations go to {@code notes}. */
    List<Schema> select(List<XmlModel> declared, URI base, FindingSink notes);

    static SchemaSelection fixed(List<Schema> schemas) {
        List<Schema> copy = List.copyOf(schemas);
        return (declared, base, notes) -> copy;
    }

    static SchemaSelection declared(SchemaCompiler compiler, List<Schema> fallback) {
        return new Declared(compiler, fallback);
    }

    /** Schemas as each file declares them. Thread-safe; compiled schemas and failures are remembered. */
    final class Declared implements SchemaSelection {
        private final SchemaCompiler compiler;
        private final List<Schema> fallback;
        private final Map<SchemaSource, TeikitException> failed = new ConcurrentHashMap<>();

        Declared(SchemaCompiler compiler, List<Schema> fallback) {
            this.compiler = compiler;
            this.fallback = List.copyOf(fallback);
        }

        @Override
        public List<Schema> select(List<XmlModel> declared, URI base, FindingSink notes) {
            if (declared.isEmpty()) {
                notes.add(Severity.WARNING, "schema-none", "the file declares no schema (no <?xml-model?> instruction), so it was checked against "
                        + String.join(" and ", fallback.stream().map(f -> f.source().name()).toList())
                        + "; add <?xml-model?> or choose one with --schema", 0, 0, "");
                return fallback;
            }
            Set<SchemaSource> sources = new LinkedHashSet<>();
            for (XmlModel model : declared) {
                SchemaSource source = source(model, base, notes);
                if (source != null) sources.add(source);
            }
            // A RELAX NG schema brings its embedded Schematron; declaring that again adds nothing.
            sources.removeIf(s -> s.isEmbeddedSchematron() && sources.contains(s.as(SchemaLanguage.RELAX_NG)));
            List<Schema> schemas = new ArrayList<>();
            for (SchemaSource source : sources) {
                Schema schema = compile(source, notes);
                if (schema != null) schemas.add(schema);
            }
            return schemas;
        }

        private SchemaSource source(XmlModel model, URI base, FindingSink notes) {
            SchemaLanguage language = model.language();
            if (language == null) {
                notes.add(Severity.WARNING, "schema-unsupported", "the file declares the schema \"" + model.href()
                        + "\", which is not RELAX NG or Schematron; teikit skipped it", model.line(), model.column(), "");
                return null;
            }
            try {
                URI local = compiler.locator().locate(model.href(), base);
                SchemaLanguage actual = language == SchemaLanguage.SCHEMATRON ? language
                        : java.util.Objects.requireNonNullElse(SchemaLanguage.byExtension(local.toString()), language);
                String name = local.getScheme().equals("file") ? java.nio.file.Path.of(local).getFileName().toString() : model.href();
                return new SchemaSource(local, actual, name);
            } catch (SchemaUnavailableException e) {
                notes.add(Severity.ERROR, "schema-unavailable", e.sentence(), model.line(), model.column(), "");
                return null;
            }
        }

        private Schema compile(SchemaSource source, FindingSink notes) {
            TeikitException known = failed.get(source);
            if (known == null) {
                try {
                    return compiler.compile(source);
                } catch (TeikitException e) {
                    failed.putIfAbsent(source, e);
                    known = e;
                }
            }
            notes.add(Severity.ERROR, "schema-invalid", "the declared schema cannot be used: " + known.oneLine().replaceFirst("^.*?error: ", "")
                    + " (" + known.file() + (known.line() > 0 ? ":" + known.line() : "") + ")", 0, 0, "");
            return null;
        }
    }
}
