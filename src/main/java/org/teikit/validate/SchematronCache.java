package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.Version;

/**
 * The validation stylesheets SchXslt2 made from Schematron, kept in the schema store and
 * keyed by a hash of the schema's bytes (with teikit's version and its preparation stylesheet),
 * so the next run compiles only the stylesheet and skips SchXslt2. Saxon-HE cannot save a
 * compiled stylesheet, so the XSLT text is what is kept. A cache entry that cannot be read or
 * compiled is ignored and made again; without a store folder nothing is cached.
 *
 * <p>Beneath the store lies a read-only tier inside the jar: the stylesheets of teikit's own
 * schema, made at build time by {@link BundledSchematron}, so that {@code encode}'s self-check
 * never loads SchXslt2, with or without a store.
 */
final class SchematronCache {
    /** A schema that embeds no Schematron, remembered too so the next run need not look. */
    static final String NONE = "";

    private final Path directory;

    private SchematronCache(Path directory) {
        this.directory = directory;
    }

    static SchematronCache in(Path directory) {
        return new SchematronCache(directory);
    }

    static SchematronCache none() {
        return new SchematronCache(null);
    }

    /** The cache key of a schema: its bytes, how teikit reads it, and which teikit made the stylesheet. */
    Optional<String> key(SchemaSource source) {
        try (InputStream in = source.location().toURL().openStream();
             InputStream prepare = SchematronCache.class.getResourceAsStream("prepare-schematron.xsl")) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((Version.get() + "\n" + source.language() + "\n").getBytes(StandardCharsets.UTF_8));
            if (prepare != null) d.update(prepare.readAllBytes());
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
            return Optional.of(HexFormat.of().formatHex(d.digest()));
        } catch (IOException | NoSuchAlgorithmException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The stylesheet text kept under {@code key} ({@link #NONE} for "no rules"), if any. */
    Optional<String> get(String key) {
        Optional<String> bundled = BundledSchematron.get(key);
        if (bundled.isPresent() || directory == null) return bundled;
        Path f = directory.resolve(key + ".xsl");
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Compiles cached stylesheet text, or empty when it does not compile (then it is made again). */
    Optional<XsltExecutable> compile(String xslt, SchemaSource source) {
        try {
            return Optional.of(Saxon.quietCompiler(new java.util.ArrayList<>()).compile(new StreamSource(new StringReader(xslt), source.location().toString())));
        } catch (SaxonApiException e) {
            return Optional.empty();
        }
    }

    /** Keeps the stylesheet (null: the schema has no rules), written atomically; a cache that cannot be written is skipped. */
    void put(String key, XdmNode stylesheet) {
        if (directory == null) return;
        try {
            String text = text(stylesheet);
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, ".", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, directory.resolve(key + ".xsl"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, directory.resolve(key + ".xsl"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SaxonApiException | RuntimeException e) {
            // The cache only saves time; a read-only or full store costs the next run SchXslt2 again.
        }
    }

    /** What is kept for a stylesheet: its XSLT text, or {@link #NONE}. */
    static String text(XdmNode stylesheet) throws SaxonApiException {
        if (stylesheet == null) return NONE;
        StringWriter w = new StringWriter();
        Serializer s = Saxon.PROCESSOR.newSerializer(w);
        s.serializeNode(stylesheet);
        return w.toString();
    }
}
