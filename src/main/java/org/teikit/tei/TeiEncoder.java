package org.teikit.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.source.Block;
import org.teikit.source.BlockKind;

/** An annotated record as a TEI P5 document: header, register, body. Stateless and thread-safe. */
public final class TeiEncoder {
    private final String version;

    /** @param version teikit's version, recorded in {@code appInfo} */
    public TeiEncoder(String version) {
        this.version = version;
    }

    public Document encode(AnnotatedDocument doc) {
        Element tei = Tei.el("TEI");
        Tei.xmlId(tei, doc.record().id());
        Tei.xmlLang(tei, "en");
        tei.appendChild(HeaderBuilder.build(doc, version));
        Element standOff = StandOffBuilder.build(doc.register());

        IdMinter ids = new IdMinter();
        ids.reserve(doc.record().id());
        ids.reserve("teikit");
        doc.register().entries().forEach(e -> ids.reserve(e.id().value()));
        FootnoteIds footnotes = FootnoteIds.forMarkers(footnoteMarkers(doc.record().body()), ids);

        if (standOff != null) tei.appendChild(standOff);
        Element body = Tei.add(Tei.add(tei, "text"), "body");
        body.appendChild(BodyBuilder.build(doc.record().body(), doc.body(), footnotes));
        Document document = new Document(tei);
        Layout.indent(document);
        SchemaDeclaration.declare(document);
        return document;
    }

    /**
     * The annotation that {@code node} (an element or attribute of a document this encoder made)
     * or the nearest element around it was made from; empty for the document's own structure.
     */
    public static Optional<SpanOrigin> annotationAt(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof SpanElement e) return Optional.of(e.origin());
        }
        return Optional.empty();
    }

    private static List<String> footnoteMarkers(List<Block> blocks) {
        List<String> markers = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == BlockKind.FOOTNOTE && b.n() != null) markers.add(b.n());
        }
        return markers;
    }
}
