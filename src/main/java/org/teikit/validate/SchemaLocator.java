package org.teikit.validate;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.teikit.store.SchemaStore;

/**
 * Turns a schema reference (an {@code <?xml-model href?>}, a RELAX NG {@code include}) into a
 * local file, offline: local paths as they are, URLs through the user's catalogs, teikit's own
 * schema URLs to the copies inside the jar, then the schema store (by exact URL, and any TEI
 * release URL of a customisation to the stored one). A URL nobody maps is "unavailable", with a
 * hint on how to add it; validation never downloads.
 */
public final class SchemaLocator {
    private static final String TEI_SCHEMA_URN = "urn:teikit:tei-schema/";

    private final Catalogs user;
    private final Catalogs wellKnown;
    private final SchemaStore store;
    private final TeiAll teiAll;

    public SchemaLocator(Catalogs user, SchemaStore store) {
        this.user = user;
        this.wellKnown = Catalogs.wellKnown();
        this.store = store;
        this.teiAll = TeiAll.standard(user, store);
    }

    public TeiAll teiAll() {
        return teiAll;
    }

    public SchemaStore store() {
        return store;
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
        Optional<URI> own = TeikitSchemas.locate(url);
        if (own.isPresent()) return own.get();
        Optional<Path> stored = store.find(url);
        if (stored.isPresent() && Files.isRegularFile(stored.get())) return stored.get().toUri();
        Optional<URI> known = wellKnown.lookup(url);
        if (known.isPresent() && known.get().toString().startsWith(TEI_SCHEMA_URN)) {
            String kind = known.get().toString().substring(TEI_SCHEMA_URN.length()).replaceFirst("\\.rn[gc]$", "");
            if (kind.equals("tei_all")) {
                return teiAll.locate().map(Path::toUri).orElseThrow(() -> new SchemaUnavailableException(
                        "the TEI schema " + url + " is not in the schema store (" + store.root() + ")", TeiAll.HOW_TO_ADD, true));
            }
            Optional<Path> customisation = store.tei(kind).map(store::file).filter(Files::isRegularFile);
            if (customisation.isPresent()) return customisation.get().toUri();
            throw new SchemaUnavailableException("the TEI schema " + url + " is not in the schema store (" + store.root() + ")",
                    "add it with `teikit schemas fetch " + url + "` or `teikit schemas add " + kind + ".rng`");
        }
        throw new SchemaUnavailableException("the schema " + url + " is not in the schema store (" + store.root() + ")"
                + (user.files().isEmpty() ? "" : " nor in a catalog"),
                "add a copy with `teikit schemas add FILE --as " + url + "`, download it with `teikit schemas fetch " + url
                        + "`, or choose a schema with --schema");
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
