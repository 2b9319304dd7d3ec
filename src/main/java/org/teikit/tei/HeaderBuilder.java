package org.teikit.tei;

import java.util.List;
import nu.xom.Element;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.annotate.DateValue;
import org.teikit.source.Block;
import org.teikit.source.BlockKind;
import org.teikit.source.Citation;
import org.teikit.source.Field;
import org.teikit.source.Metadata;

/**
 * The {@code teiHeader} from the archive's metadata. What the page does not say is left out,
 * never invented; where TEI requires an element the page cannot fill, a sentence says so.
 */
final class HeaderBuilder {
    private final AnnotatedDocument doc;
    private final Metadata meta;
    private final Citation citation;
    private final String version;

    private HeaderBuilder(AnnotatedDocument doc, String version) {
        this.doc = doc;
        this.meta = doc.record().metadata();
        this.citation = meta.citation();
        this.version = version;
    }

    static Element build(AnnotatedDocument doc, String version) {
        return new HeaderBuilder(doc, version).header();
    }

    private Element header() {
        Element header = Tei.el("teiHeader");
        Element fileDesc = Tei.add(header, "fileDesc");
        fileDesc.appendChild(titleStmt());
        fileDesc.appendChild(publicationStmt());
        Element notes = notesStmt();
        if (notes != null) fileDesc.appendChild(notes);
        fileDesc.appendChild(sourceDesc());
        header.appendChild(encodingDesc());
        header.appendChild(profileDesc());
        return header;
    }

    private Element titleStmt() {
        Element stmt = Tei.el("titleStmt");
        Element title = Tei.attr(Tei.add(stmt, "title"), "type", "main");
        if (doc.title() != null) {
            InlineWriter.write(title, doc.title());
        } else if (doc.citationTitle() != null) {
            InlineWriter.write(title, doc.citationTitle());
        } else {
            title.appendChild(titleFromBody());
        }
        if (meta.funder() != null) Tei.add(stmt, "funder", meta.funder());
        if (citation != null && citation.translator() != null) {
            Element resp = Tei.add(stmt, "respStmt");
            Tei.add(resp, "resp", citation.translatedFor() != null
                    ? "translation for " + citation.translatedFor() : "translation");
            Tei.add(resp, "persName", citation.translator());
        }
        Element enc = Tei.add(stmt, "respStmt");
        Tei.add(enc, "resp", "TEI encoding (machine)");
        Tei.attr(Tei.add(enc, "name", "teikit"), "ref", Tei.RESP);
        return stmt;
    }

    /** Without an archive title, the document's own heading names it, else its file. */
    private String titleFromBody() {
        List<String> heads = doc.record().body().stream()
                .filter(b -> b.kind() == BlockKind.HEAD || b.kind() == BlockKind.SUBHEAD)
                .limit(2).map(Block::text).map(String::strip).toList();
        return heads.isEmpty() ? fileName() : String.join(": ", heads);
    }

    /** The file's own name, not the path it was given by: the output must not depend on where teikit ran. */
    private String fileName() {
        String name = doc.record().source().name();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private Element publicationStmt() {
        Element stmt = Tei.el("publicationStmt");
        String publisher = citation == null ? null : citation.publisher();
        if (publisher == null) {
            Tei.add(stmt, "p", "Not published: encoded by teikit from " + fileName() + ".");
            if (meta.rights() != null) Tei.add(stmt, "p", meta.rights().text());
            return stmt;
        }
        Tei.add(stmt, "distributor", publisher);
        if (citation.url() != null) Tei.attr(Tei.add(stmt, "idno", citation.url()), "type", "URI");
        if (meta.rights() != null) {
            Tei.add(Tei.add(stmt, "availability"), "p", meta.rights().text());
        }
        return stmt;
    }

    /**
     * The page's header lines that have no element of their own, verbatim: the credits sentence
     * (its funder alone goes to titleStmt), the "Contents:" entries, and a "Source" or "Original
     * Archive" line the citation did not absorb. {@code null} when there are none.
     */
    private @Nullable Element notesStmt() {
        Element stmt = Tei.el("notesStmt");
        note(stmt, "credits", meta.credits());
        note(stmt, "contents", meta.contents());
        if (meta.source() != null && (citation == null || !meta.source().text().strip().equals(citation.full()))) {
            note(stmt, "source", meta.source());
        }
        if (meta.archive() != null && (citation == null || !meta.archive().text().strip().equals(citation.repository()))) {
            note(stmt, "archive", meta.archive());
        }
        return stmt.getChildCount() == 0 ? null : stmt;
    }

    private static void note(Element stmt, String type, Field field) {
        if (field != null) Tei.attr(Tei.add(stmt, "note", field.text()), "type", type);
    }

    private Element sourceDesc() {
        Element desc = Tei.el("sourceDesc");
        if (citation == null) {
            Tei.add(desc, "p", "Plain-text file " + fileName()
                    + "; it carries no citation of its source.");
            return desc;
        }
        Element bibl = Tei.attr(Tei.add(desc, "bibl"), "type", "citation");
        if (doc.citationTitle() != null) {
            InlineWriter.write(Tei.attr(Tei.add(bibl, "title"), "level", "a"), doc.citationTitle());
        }
        if (citation.date() != null) {
            Element date = Tei.add(bibl, "date", citation.date());
            if (doc.documentDate() != null) InlineWriter.dateAttributes(date, doc.documentDate());
        }
        if (citation.publisher() != null) Tei.add(bibl, "publisher", citation.publisher());
        if (citation.repository() != null) {
            Tei.attr(Tei.add(bibl, "orgName", citation.repository()), "role", "repository");
        }
        if (citation.collection() != null) {
            Tei.attr(Tei.add(bibl, "idno", citation.collection()), "type", "collection");
        }
        if (citation.idno() != null) Tei.attr(Tei.add(bibl, "idno", citation.idno()), "type", "shelfmark");
        if (citation.translator() != null) {
            Element resp = Tei.add(bibl, "respStmt");
            Tei.add(resp, "resp", citation.translatedFor() != null
                    ? "Translated for " + citation.translatedFor() + " by" : "Translated by");
            Tei.add(resp, "persName", citation.translator());
        }
        if (citation.url() != null) Tei.attr(Tei.add(bibl, "ref", citation.url()), "target", citation.url());
        if (citation.full() != null) Tei.attr(Tei.add(bibl, "note", citation.full()), "type", "full");
        if (citation.repository() != null) {
            Element id = Tei.add(Tei.add(desc, "msDesc"), "msIdentifier");
            Tei.add(id, "repository", citation.repository());
            if (citation.collection() != null) Tei.add(id, "collection", citation.collection());
            if (citation.idno() != null) Tei.attr(Tei.add(id, "idno", citation.idno()), "type", "shelfmark");
        }
        return desc;
    }

    private Element encodingDesc() {
        Element enc = Tei.el("encodingDesc");
        Element decl = Tei.add(enc, "editorialDecl");
        Tei.add(decl, "p", "Encoded from the archive's plain-text export by teikit. Every character of the"
                + " source body is kept, in order.");
        Tei.add(decl, "p", "Square brackets of the source are recorded as rend=\"brackets\" on supplied, note,"
                + " seg and gap; evident slips are given as choice/sic/corr; a page break that cut a sentence"
                + " is marked with pb; the lines of a letterhead are separated by lb.");
        Tei.add(decl, "p", "Names, dates, places, organisations and quantities were tagged by machine"
                + " (resp=\"#teikit\"); where the machine made a judgement, cert says how sure it is.");
        Element app = Tei.add(Tei.add(enc, "appInfo"), "application");
        Tei.attr(app, "ident", "teikit");
        // TEI's version datatype takes release numbers only: "0.1.0-SNAPSHOT" is recorded as "0.1.0".
        Tei.attr(app, "version", version.replaceFirst("[^0-9.].*$", "").replaceFirst("\\.$", ""));
        Tei.xmlId(app, "teikit");
        Tei.add(app, "label", "teikit");
        return enc;
    }

    private Element profileDesc() {
        Element profile = Tei.el("profileDesc");
        DateValue date = doc.documentDate();
        Field line = meta.date();
        if (date != null || line != null) {
            // The date line is kept as written even when its value cannot be read.
            Element when = Tei.add(Tei.add(profile, "creation"), "date", line != null ? line.text() : iso(date));
            if (date != null) InlineWriter.dateAttributes(when, date);
        }
        if (doc.summary() != null) {
            InlineWriter.write(Tei.add(Tei.add(profile, "abstract"), "p"), doc.summary());
        }
        Element langs = Tei.add(profile, "langUsage");
        Tei.attr(Tei.add(langs, "language", "English (translation)"), "ident", "en");
        if (meta.originalLanguage() != null) {
            String name = meta.originalLanguage().text().strip();
            Tei.attr(Tei.add(langs, "language", name + " (original language)"), "ident", LanguageNames.tag(name));
        }
        return profile;
    }

    private static String iso(DateValue v) {
        if (v.when() != null) return v.when();
        if (v.from() != null) return v.from() + "/" + v.to();
        return v.notBefore() + "/" + v.notAfter();
    }
}
