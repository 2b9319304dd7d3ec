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

    TeiCheck(List<Path> catalogs) {
        this.catalogs = List.copyOf(catalogs);
    }

    /** A TEI file read for its page and summary, and what checking it found. */
    record Checked(XdmNode tei, Validity validity) { }

    /** Reads and checks {@code file}; throws {@link org.teikit.TeikitException} when it is not well-formed TEI. */
    Checked check(Path file) {
        XdmNode tei = Renderer.get().read(file);
        return new Checked(tei, validity(validation().validate(file)));
    }

    static Validity validity(Report report) {
        List<Finding> errors = report.findings().stream().filter(Finding::isError).toList();
        List<Finding> broken = errors.stream().filter(f -> !SCHEMA_MISSING.contains(f.ruleId())).toList();
        if (!broken.isEmpty()) {
            Finding first = broken.get(0);
            return new Validity(Validity.INVALID, String.format(Locale.ROOT, "not valid: %d %s; the first, at line %d, column %d: %s [%s]",
                    broken.size(), broken.size() == 1 ? "error" : "errors", first.line(), first.column(), first.message(), first.ruleId()));
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
        var fallback = teiAll.isPresent()
                ? List.of(compiler.compile(org.teikit.validate.SchemaSource.of(teiAll.get())))
                : TeikitValidation.teikitSchema(compiler);
        return TeikitValidation.builder().compiler(compiler).declaredSchemas(fallback).build();
    }
}
