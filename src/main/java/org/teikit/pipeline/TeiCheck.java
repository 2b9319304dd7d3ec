package org.teikit.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.render.Renderer;
import org.teikit.render.TeiReader;
import org.teikit.render.Validity;
import org.teikit.store.SchemaStore;
import org.teikit.validate.Catalogs;
import org.teikit.validate.Finding;
import org.teikit.validate.Report;
import org.teikit.validate.SchemaCompiler;
import org.teikit.validate.SchemaLocator;
import org.teikit.validate.TeikitValidation;

/**
 * Checks a TEI file a site is built from, as {@code validate} checks it: the schemas the file
 * declares, tei_all for a file that declares none (without a grammar when this machine has no
 * tei_all, which the run says once), and teikit's rules. A file that is not well-formed cannot be
 * published: reading it throws, with file, line and column. Any other finding only flags it.
 * Thread-safe; schemas are compiled once, when the first TEI file needs them.
 */
final class TeiCheck {
    /** Errors that say a schema could not be used, not that the file breaks it. */
    private static final Set<String> SCHEMA_UNUSABLE = Set.of("schema-invalid");

    private final List<Path> catalogs;
    private final SchemaStore store;
    private volatile TeikitValidation validation;

    TeiCheck(List<Path> catalogs, SchemaStore store) {
        this.catalogs = List.copyOf(catalogs);
        this.store = store;
    }

    /** A TEI file read for its page and summary, and what checking it found. */
    record Checked(XdmNode tei, Validity validity) { }

    /**
     * Reads and checks {@code file}; throws {@link org.teikit.InputException} when it is not
     * well-formed TEI. The tree is built from the validator's parse rather than from a second one
     * (which took about 3 % of a corpus build); a file the reader reads otherwise (a DOCTYPE, deep nesting) or
     * cannot read is read by it, which reports what is wrong.
     */
    Checked check(Path file) {
        TeiReader.Tee tee = Renderer.get().reader().tee(file);
        Report report = validation().validate(file, tee);
        XdmNode tei = tee.tree();
        if (tei == null) tei = Renderer.get().read(file);
        return new Checked(tei, validity(report));
    }

    /** What the run says once rather than for each file (which schema the files that declare none got), as report lines. */
    List<String> notices() {
        TeikitValidation v = validation;
        return v == null ? List.of() : v.drainNotices().stream().map(Finding::message).toList();
    }

    static Validity validity(Report report) {
        List<Finding> errors = report.findings().stream().filter(Finding::isError).toList();
        List<Finding> broken = errors.stream().filter(f -> !SCHEMA_UNUSABLE.contains(f.ruleId())).toList();
        if (!broken.isEmpty()) {
            Finding first = broken.get(0);
            return new Validity(Validity.INVALID, String.format(Locale.ROOT, "not valid: %d %s; the first, at line %d, column %d: %s [%s]",
                    broken.size(), broken.size() == 1 ? "error" : "errors", first.line(), first.column(), first.message(), first.ruleId()));
        }
        Finding unchecked = report.findings().stream().filter(f -> f.meansNotChecked() || SCHEMA_UNUSABLE.contains(f.ruleId()))
                .findFirst().orElse(null);
        if (unchecked != null) {
            return new Validity(Validity.UNCHECKED, "not checked against its schema: "
                    + unchecked.message().replaceFirst("^not checked: ", "").replace(", or choose a schema with --schema", ""));
        }
        return Validity.OK;
    }

    private TeikitValidation validation() {
        TeikitValidation v = validation;
        if (v == null) {
            synchronized (this) {
                if (validation == null) {
                    SchemaCompiler compiler = new SchemaCompiler(new SchemaLocator(Catalogs.of(catalogs), store));
                    validation = TeikitValidation.builder().compiler(compiler).declaredSchemasOrTei().build();
                }
                v = validation;
            }
        }
        return v;
    }
}
