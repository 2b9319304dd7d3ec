package org.teikit.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.render.Renderer;
import org.teikit.render.Validity;
import org.teikit.validate.Catalogs;
import org.teikit.validate.Finding;
import org.teikit.validate.Report;
import org.teikit.validate.SchemaCompiler;
import org.teikit.validate.SchemaLocator;
import org.teikit.validate.TeikitValidation;

/**
 * Checks a TEI file a site is built from, as {@code validate} checks it: the schemas the file
 * declares (a file that declares none against the official tei_all where this machine has it,
 * else teikit's own schema) and teikit's rules. A file that is not well-formed cannot be
 * published: reading it throws, with file, line and column. Any other finding only flags it.
 * Thread-safe; schemas are compiled once, when the first TEI file needs them.
 */
final class TeiCheck {
    /** Findings that say the schema could not be used, not that the file breaks it. */
    private static final Set<String> SCHEMA_MISSING = Set.of("schema-unavailable", "schema-invalid");

    private final List<Path> catalogs;
    private volatile TeikitValidation validation;
    /** Whether tei_all.rng is on this machine, for files that declare no schema. */
    private volatile boolean teiAll;

    TeiCheck(List<Path> catalogs) {
        this.catalogs = List.copyOf(catalogs);
    }

    /** A TEI file read for its page and summary, and what checking it found. */
    record Checked(XdmNode tei, Validity validity) { }

    /** Reads and checks {@code file}; throws {@link org.teikit.TeikitException} when it is not well-formed TEI. */
    Checked check(Path file) {
        XdmNode tei = Renderer.get().read(file);
        TeikitValidation v = validation();
        return new Checked(tei, validity(v.validate(file), teiAll));
    }

    /**
     * @param teiAll whether a file that declares no schema was checked against tei_all; if not, it
     *               was checked for well-formedness and teikit's rules only: teikit's own schema is a
     *               strict subset of TEI that other projects' valid files need not keep to
     */
    static Validity validity(Report report, boolean teiAll) {
        List<Finding> errors = report.findings().stream().filter(Finding::isError).toList();
        List<Finding> broken = errors.stream().filter(f -> !SCHEMA_MISSING.contains(f.ruleId())).toList();
        if (!broken.isEmpty()) {
            Finding first = broken.get(0);
            return new Validity(Validity.INVALID, String.format(Locale.ROOT, "not valid: %d %s; the first, at line %d, column %d: %s [%s]",
                    broken.size(), broken.size() == 1 ? "error" : "errors", first.line(), first.column(), first.message(), first.ruleId()));
        }
        if (!teiAll && report.findings().stream().anyMatch(f -> f.ruleId().equals("schema-none"))) {
            return new Validity(Validity.UNCHECKED, "not checked against a schema: it declares none, and tei_all.rng is not "
                    + "on this machine (set $TEI_ALL_RNG to a local copy)");
        }
        if (!errors.isEmpty()) {
            return new Validity(Validity.UNCHECKED, "not checked against its schema: "
                    + errors.get(0).message().replace(", or choose a schema with --schema", ""));
        }
        return Validity.OK;
    }

    private TeikitValidation validation() {
        TeikitValidation v = validation;
        if (v == null) {
            synchronized (this) {
                if (validation == null) validation = setUp();
                v = validation;
            }
        }
        return v;
    }

    private TeikitValidation setUp() {
        SchemaCompiler compiler = new SchemaCompiler(new SchemaLocator(Catalogs.of(catalogs)));
        var teiAll = compiler.locator().teiAll().locate();
        this.teiAll = teiAll.isPresent();
        List<org.teikit.validate.Schema> fallback = teiAll.isPresent()
                ? List.of(compiler.compile(org.teikit.validate.SchemaSource.of(teiAll.get())))
                : List.of();
        return TeikitValidation.builder().compiler(compiler).declaredSchemas(fallback).build();
    }
}
