package org.teikit.validate;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.teikit.TeikitException;

/**
 * Which schemas check a document. Either the same ones for every file ({@code --schema}), or
 * what each file declares in its {@code <?xml-model?>} instructions; for a file that declares
 * none, {@link Undeclared} decides.
 */
interface SchemaSelection {

    /**
     * The schemas for one document; problems with its declarations go to {@code notes}.
     *
     * @param root the root element's namespace and local name
     */
    List<Schema> select(List<XmlModel> declared, URI base, Root root, FindingSink notes);

    /** The root element, which says whether a file that declares nothing is TEI at all. */
    record Root(String namespace, String localName) {
        static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

        boolean isTei() {
            return TEI_NS.equals(namespace);
        }

        boolean isTeiRoot() {
            return isTei() && (localName.equals("TEI") || localName.equals("teiCorpus"));
        }
    }

    static SchemaSelection fixed(List<Schema> schemas) {
        List<Schema> copy = List.copyOf(schemas);
        return (declared, base, root, notes) -> copy;
    }

    static SchemaSelection declared(SchemaCompiler compiler, Undeclared undeclared) {
        return new Declared(compiler, undeclared);
    }

    /** What checks a file that declares no schema. */
    interface Undeclared {
        List<Schema> select(Root root, FindingSink notes);

        /** A declared schema that is not at hand: the file is "not checked". */
        default void unavailable(SchemaUnavailableException e, XmlModel model, FindingSink notes) {
            notes.add(Finding.notChecked(notes.file(), model.line(), model.column(), e.sentence()));
        }

        /** These schemas, with a warning on each file saying so. */
        static Undeclared fallback(List<Schema> schemas) {
            List<Schema> copy = List.copyOf(schemas);
            return (root, notes) -> {
                notes.add(Severity.WARNING, "schema-none", "the file declares no schema (no <?xml-model?> instruction), so it was checked against "
                        + String.join(" and ", copy.stream().map(f -> f.source().name()).toList())
                        + "; add <?xml-model?> or choose one with --schema", 0, 0, "");
                return copy;
            };
        }

        /**
         * TEI P5: tei_all from the catalog, the store or {@code $TEI_ALL_RNG}, with one note for the
         * run; without one, no grammar, one warning for the run saying how to add it, and a check
         * that the file is in the TEI namespace at least. Never teikit's strict subset.
         */
        static Undeclared teiP5(SchemaCompiler compiler, RunNotices notices) {
            return new TeiP5(compiler, notices);
        }
    }

    /** The default for files that declare nothing; tei_all is compiled when the first such file needs it. */
    final class TeiP5 implements Undeclared {
        private final SchemaCompiler compiler;
        private final RunNotices notices;
        private volatile Object chosen;   // Schema, TeikitException, or NONE

        private static final Object NONE = new Object();

        TeiP5(SchemaCompiler compiler, RunNotices notices) {
            this.compiler = compiler;
            this.notices = notices;
        }

        @Override
        public List<Schema> select(Root root, FindingSink notes) {
            if (!root.isTeiRoot()) {
                String where = root.namespace().isEmpty() ? "in no namespace" : "in the namespace " + root.namespace();
                notes.add(Severity.ERROR, "tei-namespace", "the root element <" + root.localName() + "> is " + (root.isTei() ? "not a TEI document's root" : where)
                        + ": a TEI document's root is <TEI> or <teiCorpus> with xmlns=\"" + Root.TEI_NS + "\"; "
                        + "if the file is not TEI, declare its schema with <?xml-model?> or give one with --schema", 1, 1, "");
                if (!root.isTei()) return List.of();
            }
            Object c = choose();
            if (c instanceof Schema s) {
                String about = compiler.locator().teiAll().find().map(TeiAll.Found::about).orElse("tei_all");
                notices.add(Severity.NOTE, "schema-tei-default", notes.file(), n -> RunNotices.files(n) + " declaring no schema "
                        + (n == 1 ? "was" : "were") + " checked against " + about + " (" + compiler.locator().store().root() + ")");
                return List.of(s);
            }
            if (c instanceof TeikitException e) {
                notes.add(Severity.ERROR, "schema-invalid", "tei_all cannot be used: " + e.oneLine().replaceFirst("^.*?error: ", ""), 0, 0, "");
                return List.of();
            }
            teiAllMissing(notes.file());
            return List.of();
        }

        /**
         * A file that declares tei_all, with none at hand, is in the same case as one that declares
         * nothing: TEI P5 that one `schemas add` makes checkable; the run says so once.
         */
        @Override
        public void unavailable(SchemaUnavailableException e, XmlModel model, FindingSink notes) {
            if (e.isTeiAll()) {
                teiAllMissing(notes.file());
                return;
            }
            Undeclared.super.unavailable(e, model, notes);
        }

        private void teiAllMissing(String file) {
            notices.add(Severity.WARNING, "schema-tei-missing", file, n -> RunNotices.files(n) + " of TEI P5 (declaring tei_all or no schema) "
                    + (n == 1 ? "was" : "were") + " checked without a grammar (well-formedness, TEI namespace and teikit's rules only): "
                    + "no TEI P5 schema is in the schema store (" + compiler.locator().store().root() + "); " + TeiAll.HOW_TO_ADD);
        }

        private Object choose() {
            Object c = chosen;
            if (c != null) return c;
            synchronized (this) {
                if (chosen == null) {
                    Optional<TeiAll.Found> found = compiler.locator().teiAll().find();
                    if (found.isEmpty()) {
                        chosen = NONE;
                    } else {
                        try {
                            chosen = compiler.compile(new SchemaSource(found.get().file().toUri(), SchemaLanguage.RELAX_NG, "tei_all.rng"));
                        } catch (TeikitException e) {
                            chosen = e;
                        }
                    }
                }
                return chosen;
            }
        }
    }

    /** Schemas as each file declares them. Thread-safe; compiled schemas and failures are remembered. */
    final class Declared implements SchemaSelection {
        private final SchemaCompiler compiler;
        private final Undeclared undeclared;
        private final Map<SchemaSource, TeikitException> failed = new ConcurrentHashMap<>();

        Declared(SchemaCompiler compiler, Undeclared undeclared) {
            this.compiler = compiler;
            this.undeclared = undeclared;
        }

        @Override
        public List<Schema> select(List<XmlModel> declared, URI base, Root root, FindingSink notes) {
            if (declared.isEmpty()) return undeclared.select(root, notes);
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

        private @Nullable SchemaSource source(XmlModel model, URI base, FindingSink notes) {
            SchemaLanguage language = model.language();
            if (language == null) {
                notes.add(Severity.WARNING, "schema-unsupported", "the file declares the schema \"" + model.href()
                        + "\", which is not RELAX NG or Schematron; teikit skipped it", model.line(), model.column(), "");
                return null;
            }
            try {
                URI local = compiler.locator().locate(model.href(), base);
                SchemaLanguage actual = language == SchemaLanguage.SCHEMATRON ? language
                        : Objects.requireNonNullElse(SchemaLanguage.byExtension(local.toString()), language);
                String name = local.getScheme().equals("file") ? java.nio.file.Path.of(local).getFileName().toString() : model.href();
                return new SchemaSource(local, actual, name);
            } catch (SchemaUnavailableException e) {
                undeclared.unavailable(e, model, notes);
                return null;
            }
        }

        private @Nullable Schema compile(SchemaSource source, FindingSink notes) {
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
