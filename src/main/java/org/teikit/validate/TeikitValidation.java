package org.teikit.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.xom.Document;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Validation as teikit does it: RELAX NG grammar, the Schematron it embeds and any other
 * Schematron, and teikit's own checks, in one {@link Report} per file. Thread-safe and built
 * once per run; schemas are compiled once and shared.
 *
 * <p>For the encoder's self-check, {@link #teikit()} checks against teikit's own schema and
 * rules: {@code TeikitValidation.teikit().validate(xml, "out/doc.xml").isValid(true)}.
 */
public final class TeikitValidation {
    private final Settings settings;
    private final ThreadLocal<Validator> perThread;

    private TeikitValidation(Settings settings) {
        this.settings = settings;
        this.perThread = ThreadLocal.withInitial(() -> new Validator(settings));
    }

    private static final class Teikit {
        static final TeikitValidation INSTANCE = builder().schemas(teikitSchema(SchemaCompiler.standard())).build();
    }

    /** teikit's own schema as compiled by {@code compiler}: teikit.rng and teikit.sch. */
    public static List<Schema> teikitSchema(SchemaCompiler compiler) {
        return List.of(compiler.compile(SchemaSource.teikitGrammar()), compiler.compile(SchemaSource.teikitRules()));
    }

    /** teikit's schema (teikit.rng with teikit.sch) and teikit's checks, whatever the document declares. */
    public static TeikitValidation teikit() {
        return Teikit.INSTANCE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A validator for the calling thread's exclusive use. */
    public Validator newValidator() {
        return new Validator(settings);
    }

    /** What the run says once rather than for each file (which schema files declaring none got), since the last call. */
    public List<Finding> drainNotices() {
        return settings.notices().drain();
    }

    /** Validates on the calling thread, reusing that thread's validator. */
    public Report validate(Path file) {
        return perThread.get().validate(file);
    }

    /** Validates on the calling thread, handing {@code alsoTo} the events of the parse; see {@link Validator#validate(Path, String, DefaultHandler2)}. */
    public Report validate(Path file, DefaultHandler2 alsoTo) {
        return perThread.get().validate(file, file.toString(), alsoTo);
    }

    /** Validates XML in memory on the calling thread; see {@link Validator#validate(String, String)}. */
    public Report validate(String xml, String systemId) {
        return perThread.get().validate(xml, systemId);
    }

    public Report validate(Document document, String systemId) {
        return perThread.get().validate(document, systemId);
    }

    /** How a run is set up. Unless told otherwise: schemas as each file declares them, TEI P5 for files that declare none. */
    public static final class Builder {
        private SchemaCompiler compiler = SchemaCompiler.standard();
        private SchemaSelection selection;
        private final List<Schema> extraRules = new ArrayList<>();
        private final RunNotices notices = new RunNotices();
        private boolean grammarOnly;
        private boolean teikitChecks = true;

        private Builder() { }

        /** The compiler (and with it the catalogs) for declared schemas. */
        public Builder compiler(SchemaCompiler compiler) {
            this.compiler = compiler;
            return this;
        }

        /** These schemas for every file, whatever it declares ({@code --schema}). */
        public Builder schemas(List<Schema> schemas) {
            this.selection = SchemaSelection.fixed(schemas);
            return this;
        }

        /** What each file declares in {@code <?xml-model?>}; {@code fallback} (with a warning) when it declares nothing. */
        public Builder declaredSchemas(List<Schema> fallback) {
            this.selection = SchemaSelection.declared(compiler, SchemaSelection.Undeclared.fallback(fallback));
            return this;
        }

        /**
         * What each file declares in {@code <?xml-model?>}; TEI P5 ({@code tei_all} from the
         * catalog or the schema store) when it declares nothing, said once for the run; with no
         * tei_all at hand, no grammar and one warning saying how to add it.
         */
        public Builder declaredSchemasOrTei() {
            this.selection = SchemaSelection.declared(compiler, SchemaSelection.Undeclared.teiP5(compiler, notices));
            return this;
        }

        /** More Schematron for every file ({@code --schematron}). */
        public Builder schematron(List<Schema> rules) {
            extraRules.addAll(rules);
            return this;
        }

        /** Only the grammar: no Schematron, no teikit checks. */
        public Builder grammarOnly(boolean grammarOnly) {
            this.grammarOnly = grammarOnly;
            return this;
        }

        public Builder teikitChecks(boolean on) {
            this.teikitChecks = on;
            return this;
        }

        public TeikitValidation build() {
            if (selection == null) declaredSchemasOrTei();
            return new TeikitValidation(new Settings(selection, extraRules, grammarOnly, teikitChecks, notices));
        }
    }
}
