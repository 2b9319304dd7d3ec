package org.teikit.validate;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teikit.InputException;
import org.teikit.io.SafeXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xmlresolver.CatalogManager;
import org.xmlresolver.ResolverFeature;
import org.xmlresolver.XMLResolverConfiguration;

/**
 * The user's OASIS XML catalogs ({@code --catalog}), looked up through xmlresolver. Lookups
 * only map names to other names; nothing is fetched.
 */
public final class Catalogs {
    static final String OASIS_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog";

    private final List<Path> files;
    private final CatalogManager manager;

    private Catalogs(List<Path> files, List<String> uris) {
        this.files = List.copyOf(files);
        if (uris.isEmpty()) {
            this.manager = null;
        } else {
            XMLResolverConfiguration config = new XMLResolverConfiguration(uris);
            config.setFeature(ResolverFeature.CLASSPATH_CATALOGS, false);
            config.setFeature(ResolverFeature.ALLOW_CATALOG_PI, false);
            config.setFeature(ResolverFeature.ARCHIVED_CATALOGS, false);
            this.manager = config.getFeature(ResolverFeature.CATALOG_MANAGER);
        }
    }

    public static Catalogs none() {
        return new Catalogs(List.of(), List.of());
    }

    /** teikit's own catalog of well-known TEI schema URLs. */
    static Catalogs wellKnown() {
        var url = Catalogs.class.getResource("well-known-schemas.xml");
        if (url == null) throw new IllegalStateException("well-known-schemas.xml is missing from the jar");
        return new Catalogs(List.of(), List.of(url.toString()));
    }

    /**
     * Catalogs from files, each checked first: a missing, malformed or non-OASIS catalog is a
     * clear error here rather than a catalog silently ignored later.
     */
    public static Catalogs of(List<Path> files) {
        for (Path f : files) check(f);
        return new Catalogs(files, files.stream().map(f -> f.toAbsolutePath().normalize().toUri().toString()).toList());
    }

    public List<Path> files() {
        return files;
    }

    /** What the catalogs map {@code uri} to ({@code uri}, {@code rewriteURI}, {@code system}… entries), if anything. */
    public Optional<URI> lookup(String uri) {
        if (manager == null) return Optional.empty();
        URI found = manager.lookupURI(uri);
        if (found == null) found = manager.lookupSystem(uri);
        return Optional.ofNullable(found);
    }

    private static void check(Path f) {
        String name = f.toString();
        if (!Files.isRegularFile(f)) {
            throw new InputException(name, "catalog file not found", "give the path of an OASIS XML catalog");
        }
        XMLReader reader = SafeXml.newReader();
        String[] root = new String[2];
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if (root[1] != null) return;
                root[0] = uri;
                root[1] = local;
            }
        });
        try (var in = Files.newInputStream(f)) {
            InputSource source = new InputSource(in);
            source.setSystemId(f.toAbsolutePath().toUri().toString());
            reader.parse(source);
        } catch (SAXParseException e) {
            throw new InputException(name, e.getLineNumber(), e.getColumnNumber(),
                    "catalog is not well-formed XML: " + e.getMessage(), "fix the catalog file");
        } catch (SAXException e) {
            throw new InputException(name, "catalog could not be read: " + e.getMessage(), null);
        } catch (IOException e) {
            throw new InputException(name, "catalog could not be read: " + e.getMessage(), null);
        }
        if (!OASIS_NS.equals(root[0]) || !"catalog".equals(root[1])) {
            throw new InputException(name, "not an OASIS XML catalog (its root element is "
                    + (root[1] == null ? "missing" : "<" + root[1] + ">") + ")",
                    "the root must be <catalog xmlns=\"" + OASIS_NS + "\">");
        }
    }

    /** For messages: the catalogs in use, or that there are none. */
    String describe() {
        if (files.isEmpty()) return "no catalog given";
        List<String> names = new ArrayList<>();
        for (Path f : files) names.add(f.toString());
        return "not in " + String.join(", ", names);
    }
}
