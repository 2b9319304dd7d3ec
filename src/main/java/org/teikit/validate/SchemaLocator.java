package org.teikit.validate;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a schema reference (an {@code <?xml-model href?>}, a RELAX NG {@code include}) into a
 * local file, offline: local paths as they are, URLs through the user's catalogs, then through
 * teikit's catalog of well-known TEI URLs. A URL nobody maps is an error naming it and saying
 * how to map it; teikit never downloads.
 */
public final class SchemaLocator {
    private static final String TEI_SCHEMA_URN = "urn:teikit:tei-schema/";

    private final Catalogs user;
    private final Catalogs wellKnown;
    private final TeiAll teiAll;

    public SchemaLocator(Catalogs user) {
        this.user = user;
        this.wellKnown = Catalogs.wellKnown();
        this.teiAll = TeiAll.standard(user);
    }

    public TeiAll teiAll() {
        return teiAll;
    }

    /** The local URI for {@code href} as written in a document whose URI is {@code base}. */
    URI locate(String href, URI base) throws SchemaUnavailableException {
        URI ref;
        try {
            ref = base == null ? new URI(href.strip()) : base.resolve(new URI(href.strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new SchemaUnavailableException("the schema reference \"" + href + "\" is not a valid URI", null);
        }
        if (!ref.isAbsolute()) {
            throw new SchemaUnavailableException("the schema reference \"" + href + "\" is relative, but the document has no location to resolve it against",
                    "give the schema with --schema");
        }
        if (isLocal(ref)) return existing(ref, href);
        String url = ref.toString();
        Optional<URI> mapped = user.lookup(url);
        if (mapped.isPresent()) {
            if (!isLocal(mapped.get())) {
                throw new SchemaUnavailableException("the catalog maps " + url + " to " + mapped.get() + ", which is not a local file",
                        "teikit never downloads schemas: map it to a file on this machine");
            }
            return existing(mapped.get(), url);
        }
        Optional<URI> known = wellKnown.lookup(url);
        if (known.isPresent() && known.get().toString().startsWith(TEI_SCHEMA_URN)) {
            String name = known.get().toString().substring(TEI_SCHEMA_URN.length());
            if (name.equals("tei_all.rng") || name.equals("tei_all.rnc")) {
                return teiAll.locate().map(Path::toUri).orElseThrow(() -> new SchemaUnavailableException(
                        "the file declares the TEI schema " + url + ", and tei_all.rng is not available on this machine",
                        "teikit never downloads schemas: set $" + TeiAll.ENV + " to a local tei_all.rng or map the URL with --catalog"));
            }
        }
        throw new SchemaUnavailableException("the schema " + url + " is not available offline (" + user.describe() + ")",
                "teikit never downloads schemas: map the URL to a local copy in an OASIS catalog given with --catalog, "
                        + "e.g. <uri name=\"" + url + "\" uri=\"path/to/schema.rng\"/>, or choose a schema with --schema");
    }

    private static boolean isLocal(URI uri) {
        return "file".equals(uri.getScheme()) || "jar".equals(uri.getScheme());
    }

    private static URI existing(URI uri, String asWritten) throws SchemaUnavailableException {
        if ("file".equals(uri.getScheme())) {
            Path p;
            try {
                p = Path.of(uri);
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                throw new SchemaUnavailableException("the schema \"" + asWritten + "\" is not a usable file URI", null);
            }
            if (!Files.isRegularFile(p)) {
                throw new SchemaUnavailableException("the schema \"" + asWritten + "\" was not found (looked for " + p + ")",
                        "check the href of <?xml-model?> or give a schema with --schema");
            }
        }
        return uri;
    }
}
