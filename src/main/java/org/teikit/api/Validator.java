package org.teikit.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.teikit.InputException;
import org.teikit.store.SchemaStore;
import org.teikit.validate.Catalogs;
import org.teikit.validate.Report;
import org.teikit.validate.Schema;
import org.teikit.validate.SchemaCompiler;
import org.teikit.validate.SchemaLanguage;
import org.teikit.validate.SchemaLocator;
import org.teikit.validate.SchemaSource;
import org.teikit.validate.TeikitValidation;
import org.teikit.validate.ValidationRun;

/**
 * Validates any TEI file as {@code teikit validate} does: the RELAX NG grammar (Jing), the
 * Schematron it embeds and any added, and teikit's own checks (pointers resolve, xml:id unique,
 * dates real and in order, …), in one {@link Report} per file whose findings are values
 * (file, line, column, severity, rule id, message, XPath). Never downloads anything.
 *
 * <pre>{@code
 * Validator validator = Validator.standard();
 * Report report = validator.validate(Path.of("letter.xml"));
 * if (!report.isValid()) report.textLines().forEach(System.out::println);
 *
 * Report mine = Validator.standard().withSchema("teikit").validate(xml, "letter.xml");
 * }</pre>
 *
 * <p>Immutable and thread-safe: one validator may check any number of files from any number of
 * threads at once. The schemas are compiled once, at the first file (or at {@link #prepare()}),
 * and shared; each {@code with…} method returns a new validator that compiles its own, so set it
 * up once and reuse it.
 */
public final class Validator {
    private final @Nullable String schema;
    private final List<Path> schematron;
    private final List<Path> catalogs;
    private final @Nullable Path store;
    private final boolean grammarOnly;
    private volatile @Nullable TeikitValidation validation;

    private Validator(@Nullable String schema, List<Path> schematron, List<Path> catalogs, @Nullable Path store, boolean grammarOnly) {
        this.schema = schema;
        this.schematron = List.copyOf(schematron);
        this.catalogs = List.copyOf(catalogs);
        this.store = store;
        this.grammarOnly = grammarOnly;
    }

    /**
     * Each file against the schemas its {@code <?xml-model?>} instructions declare (found in the
     * catalogs or the schema store); a file that declares none against TEI P5 (tei_all from the
     * store). A file whose declared schema is not at hand is "not checked".
     */
    public static Validator standard() {
        return new Validator(null, List.of(), List.of(), null, false);
    }

    /**
     * Every file against this schema instead of what it declares ({@code --schema}): {@code "teikit"}
     * (teikit's own), {@code "tei-all"} (the official tei_all, from the catalogs or the schema
     * store), or the path of a .rng, .rnc or .sch file.
     */
    public Validator withSchema(String schema) {
        return new Validator(Objects.requireNonNull(schema, "schema"), schematron, catalogs, store, grammarOnly);
    }

    /** Also these ISO Schematron rules, for every file ({@code --schematron}). */
    public Validator withSchematron(List<Path> files) {
        return new Validator(schema, files, catalogs, store, grammarOnly);
    }

    /** OASIS XML catalogs mapping schema URLs to local files ({@code --catalog}). */
    public Validator withCatalogs(List<Path> files) {
        return new Validator(schema, schematron, files, store, grammarOnly);
    }

    /**
     * The schema store folder ({@code --store}) instead of the user's ({@code $TEIKIT_HOME}, else
     * {@code $XDG_DATA_HOME/teikit} or {@code ~/.local/share/teikit}).
     */
    public Validator withStore(Path dir) {
        return new Validator(schema, schematron, catalogs, Objects.requireNonNull(dir, "dir"), grammarOnly);
    }

    /** The RELAX NG grammar alone: no Schematron, no teikit checks ({@code --grammar-only}). */
    public Validator withGrammarOnly(boolean on) {
        return new Validator(schema, schematron, catalogs, store, on);
    }

    /**
     * Compiles the schemas now rather than at the first file, so that a schema that cannot be had
     * or does not compile fails here.
     *
     * @return this validator
     * @throws InputException saying which schema, catalog or Schematron file is unusable
     */
    public Validator prepare() {
        validation();
        return this;
    }

    /** Validates one file on the calling thread. */
    public Report validate(Path file) {
        return validation().validate(file);
    }

    /**
     * Validates TEI held in memory on the calling thread.
     *
     * @param name what the report calls the document, e.g. {@code "letter.xml"}
     */
    public Report validate(String xml, String name) {
        return validation().validate(xml, name);
    }

    /** Many files on {@code threads} threads, reported in the order given, as {@code teikit validate} runs them. */
    public ValidationRun run(int threads, boolean strict) {
        return new ValidationRun(validation(), threads, strict);
    }

    private TeikitValidation validation() {
        TeikitValidation v = validation;
        if (v == null) {
            synchronized (this) {
                if (validation == null) validation = compile();
                v = validation;
            }
        }
        return v;
    }

    private TeikitValidation compile() {
        // A full check compiles each grammar's Schematron beside the grammar, not after it.
        SchemaCompiler compiler = new SchemaCompiler(new SchemaLocator(Catalogs.of(catalogs),
                store == null ? SchemaStore.standard() : SchemaStore.at(store)), !grammarOnly);
        TeikitValidation.Builder builder = TeikitValidation.builder().compiler(compiler).grammarOnly(grammarOnly);
        if (schema == null) {
            builder.declaredSchemasOrTei();
        } else {
            List<Schema> chosen = chosenSchema(compiler);
            // Wait for the Schematron now (it compiled beside the grammar), so rules that do not
            // compile stop the run before it starts.
            if (!grammarOnly) chosen.forEach(Schema::rules);
            builder.schemas(chosen);
        }
        List<Schema> rules = new ArrayList<>();
        for (Path sch : schematron) {
            if (!Files.isRegularFile(sch)) {
                throw new InputException(sch.toString(), "Schematron file not found", "check the path given to --schematron");
            }
            rules.add(compiler.compile(new SchemaSource(sch.toAbsolutePath().normalize().toUri(), SchemaLanguage.SCHEMATRON, sch.toString())));
        }
        return builder.schematron(rules).build();
    }

    private List<Schema> chosenSchema(SchemaCompiler compiler) {
        switch (schema.strip()) {
            case "teikit":
                return TeikitValidation.teikitSchema(compiler);
            case "tei-all":
            case "tei_all": {
                Path rng = compiler.locator().teiAll().require();
                return List.of(compiler.compile(new SchemaSource(rng.toUri(), SchemaLanguage.RELAX_NG, "tei_all.rng")));
            }
            default: {
                Path file = Path.of(schema);
                if (!Files.isRegularFile(file)) {
                    throw new InputException(schema, "schema file not found",
                            "give teikit, tei-all, or the path of a .rng, .rnc or .sch file");
                }
                return List.of(compiler.compile(SchemaSource.of(file)));
            }
        }
    }
}
