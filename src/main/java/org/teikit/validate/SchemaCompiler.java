package org.teikit.validate;

import com.thaiopensource.resolver.Identifier;
import com.thaiopensource.resolver.Input;
import com.thaiopensource.resolver.Resolver;
import com.thaiopensource.resolver.ResolverException;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.transform.sax.SAXSource;
import org.teikit.InputException;
import org.teikit.io.SafeXml;
import org.teikit.store.SchemaStore;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Compiles schemas once and hands out the compiled {@link Schema} to every file and thread
 * (cached by location and language). Thread-safe.
 *
 * <p>RELAX NG is compiled by Jing with ID/IDREF checking on, as stock Jing does, so grammar
 * verdicts agree with it. Whatever a schema includes is resolved offline by the
 * {@link SchemaLocator}.
 */
public final class SchemaCompiler {
    private static final SchemaCompiler STANDARD = new SchemaCompiler(new SchemaLocator(Catalogs.none(), SchemaStore.standard()));

    private final SchemaLocator locator;
    private final SchematronCache schematronCache;
    private final boolean rulesInBackground;
    private final ConcurrentMap<SchemaSource, Schema> cache = new ConcurrentHashMap<>();

    /** A compiler whose Schematron stylesheets are kept in the locator's schema store, when that exists. */
    public SchemaCompiler(SchemaLocator locator) {
        this(locator, false);
    }

    /**
     * @param rulesInBackground whether the Schematron a RELAX NG grammar embeds starts compiling,
     *                          on a thread of its own, as soon as the grammar does (for runs that
     *                          will check the rules); otherwise only when first asked for
     */
    public SchemaCompiler(SchemaLocator locator, boolean rulesInBackground) {
        this.locator = locator;
        this.rulesInBackground = rulesInBackground;
        Path dir = locator.store().cacheDirectory("schematron");
        this.schematronCache = dir == null ? SchematronCache.none() : SchematronCache.in(dir);
    }

    /** The compiler without user catalogs, with the user's schema store; what the encoder's self-check uses. */
    public static SchemaCompiler standard() {
        return STANDARD;
    }

    public SchemaLocator locator() {
        return locator;
    }

    /** The compiled schema; a schema that does not compile is a {@link org.teikit.InputException} naming where. */
    public Schema compile(SchemaSource source) {
        Schema cached = cache.get(source);
        if (cached != null) return cached;
        return cache.computeIfAbsent(source, this::build);
    }

    private Schema build(SchemaSource source) {
        return switch (source.language()) {
            case RELAX_NG -> {
                java.util.function.Supplier<Schematron> rules =
                        () -> SchematronCompiler.compile(source.as(SchemaLanguage.SCHEMATRON), schematronCache);
                // Started before Jing's grammar compilation, so the two overlap.
                if (rulesInBackground) rules = RulesInBackground.start(rules, source.name());
                yield new Schema(source, grammar(source, SAXSchemaReader.getInstance()), rules);
            }
            case RELAX_NG_COMPACT -> new Schema(source, grammar(source, CompactSchemaReader.getInstance()), null);
            case SCHEMATRON -> {
                Schematron rules = SchematronCompiler.compile(source, schematronCache);
                if (rules == null) {
                    throw new InputException(source.name(), "the schema declares no Schematron rules",
                            "point at a Schematron file or a RELAX NG schema that embeds Schematron");
                }
                yield new Schema(source, null, () -> rules);
            }
        };
    }

    private Grammar grammar(SchemaSource source, SchemaReader reader) {
        List<SAXParseException> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { errors.add(e); }
            @Override public void fatalError(SAXParseException e) { errors.add(e); }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, collect);
        props.put(ValidateProperty.XML_READER_CREATOR, SafeXml::newReader);
        props.put(ValidateProperty.RESOLVER, new OfflineResolver(locator));
        RngProperty.CHECK_ID_IDREF.add(props);
        InputSource in = new InputSource(source.location().toString());
        try {
            var jing = reader.createSchema(new SAXSource(SafeXml.newReader(), in), props.toPropertyMap());
            return new Grammar(source, jing);
        } catch (IncorrectSchemaException | SAXException e) {
            throw failure(source, errors, e);
        } catch (IOException e) {
            throw new InputException(source.name(), "the schema could not be read: " + e.getMessage(),
                    "check the path of the schema");
        }
    }

    private static InputException failure(SchemaSource source, List<SAXParseException> errors, Exception e) {
        if (!errors.isEmpty()) {
            SAXParseException first = errors.get(0);
            String where = first.getSystemId() == null ? source.name() : displayName(first.getSystemId(), source);
            return new InputException(where, first.getLineNumber(), first.getColumnNumber(),
                    "the schema is not correct RELAX NG: " + first.getMessage()
                            + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more schema errors)" : ""),
                    "fix the schema");
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new InputException(source.name(), "the schema could not be compiled: " + message, null);
    }

    private static String displayName(String systemId, SchemaSource source) {
        return systemId.equals(source.location().toString()) ? source.name() : systemId;
    }

    /** Jing's resolver for the schema and what it includes: local files only, URLs through the locator. */
    private static final class OfflineResolver implements Resolver {
        private final SchemaLocator locator;

        OfflineResolver(SchemaLocator locator) {
            this.locator = locator;
        }

        @Override
        public void resolve(Identifier id, Input input) throws ResolverException {
            if (input.isResolved()) return;
            try {
                URI base = id.getBase() == null ? null : new URI(id.getBase());
                input.setUri(locator.locate(id.getUriReference(), base).toString());
            } catch (SchemaUnavailableException e) {
                throw new ResolverException(e.sentence());
            } catch (URISyntaxException e) {
                throw new ResolverException("not a valid URI: " + id.getBase());
            }
        }

        @Override
        public void open(Input input) throws IOException, ResolverException {
            if (input.isOpen() || input.getUri() == null) return;
            URI uri;
            try {
                uri = new URI(input.getUri());
            } catch (URISyntaxException e) {
                throw new ResolverException("not a valid URI: " + input.getUri());
            }
            String scheme = uri.getScheme();
            if (!"file".equals(scheme) && !"jar".equals(scheme)) {
                throw new ResolverException("teikit never downloads schemas: " + uri + " is not a local file");
            }
            input.setByteStream(uri.toURL().openStream());
        }
    }
}
