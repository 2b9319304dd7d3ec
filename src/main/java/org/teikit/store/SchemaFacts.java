package org.teikit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.teikit.InputException;
import org.teikit.io.SafeXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * What a schema file says about itself, read from its content: whether it is RELAX NG at all,
 * which files it includes, and — for a schema generated from the TEI's ODD — which TEI P5
 * release it is and which customisation ({@code tei_all}, {@code tei_lite}, …).
 *
 * @param compact  written in the compact syntax (.rnc) rather than XML
 * @param includes the {@code include}/{@code externalRef} references as written
 * @param version  the TEI P5 release ("4.11.0"), or null when the file is not from the TEI
 * @param kind     the TEI customisation ("tei_all"; "tei" for one teikit cannot name), or null
 */
public record SchemaFacts(boolean compact, List<String> includes, @Nullable String version, @Nullable String kind) {
    static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";
    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final Pattern VERSION = Pattern.compile(
            "TEI Edition:[\\s\u00A0]*P5[\\s\u00A0]+Version[\\s\u00A0]+([0-9][0-9A-Za-z.\\-]*?)\\.?[\\s\u00A0,]");
    private static final Pattern RNC_INCLUDE = Pattern.compile("(?m)^\\s*(?:include|external)\\s+\"([^\"]+)\"");
    private static final Pattern RNC_TEI_DEFINE = Pattern.compile("(?m)^\\s*(tei_[A-Za-z0-9.]+)\\s*[|&]?=");
    private static final Pattern FILE_KIND = Pattern.compile("(tei_[a-z0-9_]+)\\.rn[gc]");
    /**
     * One element from each TEI module that tei_all has and the smaller customisations leave
     * out: drama, dictionaries, manuscripts, transcription, names and dates, feature structures,
     * critical apparatus, speech, analysis, certainty, documentation, verse.
     */
    private static final List<String> EVERY_MODULE = List.of("tei_sp", "tei_entryFree", "tei_msDesc", "tei_facsimile",
            "tei_person", "tei_fs", "tei_app", "tei_u", "tei_w", "tei_certainty", "tei_schemaSpec", "tei_lg");

    public boolean isTei() {
        return version != null || kind != null;
    }

    /** Reads a .rng or .rnc file; anything that is not RELAX NG is a {@link org.teikit.InputException} saying what it is. */
    public static SchemaFacts read(Path file, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".rnc")) return compact(Files.readString(file, StandardCharsets.UTF_8), name);
            return xml(file, name);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(name, "not a RELAX NG schema: the file is not UTF-8 text", "give a .rng or .rnc file");
        } catch (IOException e) {
            throw new InputException(name, "the schema could not be read: " + e.getMessage(), null);
        }
    }

    private static SchemaFacts compact(String text, String name) {
        if (text.indexOf('\0') >= 0 || text.isBlank()) {
            throw new InputException(name, "not a RELAX NG compact schema", "give a .rng or .rnc file");
        }
        List<String> includes = new ArrayList<>();
        Matcher m = RNC_INCLUDE.matcher(text);
        while (m.find()) includes.add(m.group(1));
        Set<String> defines = new HashSet<>();
        Matcher d = RNC_TEI_DEFINE.matcher(text);
        while (d.find()) defines.add(d.group(1));
        return teiFacts(true, includes, firstVersion(text), defines, name);
    }

    private static SchemaFacts xml(Path file, String name) throws IOException {
        Reading reading = new Reading();
        try (InputStream in = Files.newInputStream(file)) {
            XMLReader reader = SafeXml.newReader();
            reader.setContentHandler(reading);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", reading);
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            reader.parse(source);
        } catch (SAXParseException e) {
            throw new InputException(name, e.getLineNumber(), e.getColumnNumber(),
                    "not a RELAX NG schema: the file is not well-formed XML (" + e.getMessage() + ")", "give a .rng or .rnc file");
        } catch (SAXException e) {
            if (reading.notRelaxNg != null) {
                throw new InputException(name, "not a RELAX NG schema: its root element is " + reading.notRelaxNg, "give a .rng or .rnc file");
            }
            throw new InputException(name, "the schema could not be read: " + e.getMessage(), null);
        }
        return teiFacts(false, reading.includes, firstVersion(reading.comments.toString()), reading.defines, name);
    }

    private static SchemaFacts teiFacts(boolean compact, List<String> includes, String version, Set<String> defines, String name) {
        boolean teiDefines = defines.contains("tei_TEI") || defines.contains("tei_teiHeader");
        if (version == null && !teiDefines) return new SchemaFacts(compact, includes, null, null);
        String kind;
        if (defines.containsAll(EVERY_MODULE)) {
            kind = "tei_all";
        } else {
            Matcher m = FILE_KIND.matcher(Path.of(name).getFileName().toString().toLowerCase(Locale.ROOT));
            kind = m.matches() ? m.group(1) : "tei";
        }
        return new SchemaFacts(compact, includes, version, kind);
    }

    private static @Nullable String firstVersion(String text) {
        Matcher m = VERSION.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Collects defines, includes and the comments before the first define (where the TEI writes its edition). */
    private static final class Reading extends DefaultHandler2 {
        final List<String> includes = new ArrayList<>();
        final Set<String> defines = new HashSet<>();
        final StringBuilder comments = new StringBuilder();
        boolean root = true;
        String notRelaxNg;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if (root) {
                root = false;
                if (!RNG_NS.equals(uri)) {
                    notRelaxNg = "<" + qName + ">" + (uri.isEmpty() ? "" : " in " + uri) + ", not a RELAX NG element";
                    throw new SAXException(notRelaxNg);
                }
            }
            if (!RNG_NS.equals(uri)) return;
            if (local.equals("include") || local.equals("externalRef")) {
                String href = atts.getValue("href");
                if (href != null) includes.add(href.strip());
            } else if (local.equals("define")) {
                String n = atts.getValue("name");
                if (n != null) defines.add(n);
            }
        }

        @Override
        public void comment(char[] ch, int start, int length) {
            if (comments.length() < 4096) comments.append(ch, start, Math.min(length, 4096)).append(' ');
        }
    }
}
