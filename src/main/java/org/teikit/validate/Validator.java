package org.teikit.validate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nu.xom.Document;
import org.jspecify.annotations.Nullable;
import org.teikit.io.SafeXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Validates documents one after another on one thread. Not thread-safe: make one per thread
 * ({@link TeikitValidation#newValidator()}, {@link Schema#newValidator()}); each keeps its XML
 * reader and its grammar validators warm from file to file.
 */
public final class Validator {
    private final Settings settings;
    private final XMLReader reader = SafeXml.newReader();
    private final Map<Grammar, Grammar.Check> checks = new IdentityHashMap<>();

    Validator(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    Grammar.Check checkFor(Grammar grammar) {
        return checks.computeIfAbsent(grammar, Grammar::newCheck);
    }

    /** Validates a file; the report names it as {@code file.toString()}. */
    public Report validate(Path file) {
        return validate(file, file.toString());
    }

    /** Validates a file; the report names it {@code displayName}. */
    public Report validate(Path file, String displayName) {
        return validate(file, displayName, null);
    }

    /**
     * Validates a file, handing {@code alsoTo} every event of the parse as well (prolog, comments
     * and the DOCTYPE's start included): a caller that needs the document too builds it from this
     * parse rather than parsing it again. {@code alsoTo} gets no events when the file is missing,
     * empty or a directory, and stops getting them where the parse fails; it must not throw, or
     * the report says the file could not be parsed.
     */
    public Report validate(Path file, String displayName, @Nullable DefaultHandler2 alsoTo) {
        if (Files.isDirectory(file)) {
            return problem(displayName, "file-unreadable", "this is a directory, not a file");
        }
        if (!Files.exists(file)) {
            return problem(displayName, "file-missing", "no such file: check the path");
        }
        try {
            if (Files.size(file) == 0) {
                return problem(displayName, "file-empty", "the file is empty: a TEI document needs at least a root element");
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                InputSource source = new InputSource(in);
                URI uri = file.toAbsolutePath().normalize().toUri();
                source.setSystemId(uri.toString());
                return parse(source, displayName, uri, alsoTo);
            }
        } catch (NoSuchFileException e) {
            return problem(displayName, "file-missing", "no such file: check the path");
        } catch (IOException e) {
            return problem(displayName, "file-unreadable", "the file could not be read: " + e.getMessage());
        }
    }

    /**
     * Validates XML held in memory. {@code systemId} names it in the report and locates the
     * schemas it declares by relative path; line numbers are those of {@code xml}, so validate
     * exactly the text that is (or will be) written.
     */
    public Report validate(String xml, String systemId) {
        InputSource source = new InputSource(new StringReader(xml));
        URI base = null;
        if (systemId != null) {
            try {
                base = URI.create(systemId).isAbsolute() ? URI.create(systemId) : Path.of(systemId).toAbsolutePath().toUri();
            } catch (IllegalArgumentException e) {
                base = null;
            }
            if (base != null) source.setSystemId(base.toString());
        }
        return parse(source, systemId == null ? "(memory)" : systemId, base, null);
    }

    /** Validates a XOM document as XOM serialises it ({@link Document#toXML()}); line numbers refer to that text. */
    public Report validate(Document document, String systemId) {
        return validate(document.toXML(), systemId);
    }

    private Report parse(InputSource source, String file, URI base, @Nullable DefaultHandler2 alsoTo) {
        DocumentPass pass = new DocumentPass(this, file, base, alsoTo);
        reader.setContentHandler(pass);
        reader.setErrorHandler(pass.parserErrors);
        reader.setEntityResolver(pass);
        reader.setDTDHandler(pass);
        SafeXml.setExtendedHandlers(reader, pass);
        try {
            reader.parse(source);
        } catch (SAXException e) {
            if (!pass.hadFatalError()) pass.failed("xml-malformed", "the file could not be parsed: " + e.getMessage());
        } catch (IOException e) {
            pass.failed("file-unreadable", "the file could not be read: " + e.getMessage());
        } catch (StackOverflowError e) {
            pass.failed("xml-too-deep", "the document is nested too deeply to check");
        } catch (RuntimeException e) {
            pass.failed("internal-error", "teikit failed on this file (" + e + "); please report it");
        } finally {
            pass.reset();
        }
        return new Report(file, pass.finish());
    }

    private static Report problem(String file, String ruleId, String message) {
        return new Report(file, List.of(new Finding(file, 0, 0, Severity.ERROR, ruleId, message, "")));
    }
}
