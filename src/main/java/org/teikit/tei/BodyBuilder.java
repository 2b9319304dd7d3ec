package org.teikit.tei;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nu.xom.Element;
import org.teikit.annotate.AnnotatedText;
import org.teikit.source.Block;
import org.teikit.source.BlockKind;

/**
 * Lays the body blocks out as TEI: {@code div type="document"} with its opener, headings,
 * paragraphs, section {@code div}s, closer, distribution list and footnotes, in source order.
 *
 * <p>TEI's {@code div} has phases — top matter (head, opener), then running text, then nested
 * divisions, then bottom matter (closer) — and a block that arrives after its phase has passed
 * takes the nearest form that is still allowed there (a late heading opens a section, a late
 * dateline joins the closer, text after the closer becomes a postscript), so the output is
 * always valid and always in source order.
 */
final class BodyBuilder {
    private enum Phase { TOP, TEXT, SECTIONS, BOTTOM }

    private final FootnoteIds footnotes;
    private final Element document = Tei.attr(Tei.el("div"), "type", "document");
    private Phase phase = Phase.TOP;
    /** Where running text goes now: the document div, the current section, or a postscript. */
    private Element textContainer = document;
    private Element section;
    private boolean sectionHasText;
    private Element opener;
    private Element closer;
    private Element list;
    /** Whether the open list is a memorandum's list under its heading, which numbered items do not join. */
    private boolean listHasHead;
    private final Set<String> footnoteMarkers = new java.util.HashSet<>();

    private BodyBuilder(FootnoteIds footnotes) {
        this.footnotes = footnotes;
    }

    static Element build(List<Block> blocks, List<AnnotatedText> texts, FootnoteIds footnotes) {
        BodyBuilder b = new BodyBuilder(footnotes);
        List<BlockKind> kinds = withRunningText(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            b.add(kinds.get(i), blocks.get(i), texts.get(i));
        }
        return b.document;
    }

    private static final Set<BlockKind> RUNNING = EnumSet.of(
            BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_HEAD, BlockKind.ENTRY, BlockKind.LABELLED,
            BlockKind.SECTION_HEAD);

    /**
     * The kinds the blocks are laid out as. TEI wants running text in a document before any
     * closing matter; a text without (one short line read as a dateline, a lone signature, a
     * signature before the first paragraph) has one block written as a paragraph instead: the
     * first signature standing before all running text, else the last block that is not a
     * footnote (whose id anchors may point at), else the first block.
     */
    private static List<BlockKind> withRunningText(List<Block> blocks) {
        List<BlockKind> kinds = new ArrayList<>(blocks.stream().map(Block::kind).toList());
        int running = firstOf(kinds, RUNNING);
        int signature = firstOf(kinds, EnumSet.of(BlockKind.SIGNATURE));
        if (kinds.isEmpty() || running >= 0 && (signature < 0 || running < signature)) return kinds;
        int paragraph = signature;
        for (int i = kinds.size() - 1; paragraph < 0 && i >= 0; i--) {
            if (kinds.get(i) != BlockKind.FOOTNOTE) paragraph = i;
        }
        kinds.set(Math.max(paragraph, 0), BlockKind.PARAGRAPH);
        return kinds;
    }

    private static int firstOf(List<BlockKind> kinds, Set<BlockKind> wanted) {
        for (int i = 0; i < kinds.size(); i++) {
            if (wanted.contains(kinds.get(i))) return i;
        }
        return -1;
    }

    private void add(BlockKind kind, Block block, AnnotatedText text) {
        if (kind != BlockKind.LIST_ITEM && kind != BlockKind.ENTRY) list = null;
        if (kind != BlockKind.SIGNATURE && kind != BlockKind.SALUTE && kind != BlockKind.DATELINE) {
            closer = null;
        }
        switch (kind) {
            case DATELINE -> dateline(block, text);
            case HEAD -> heading(block, text, null);
            case SUBHEAD -> heading(block, text, "sub");
            case SECTION_HEAD -> openSection(block, text);
            case SALUTE -> salute(block, text);
            case SIGNATURE -> inline(Tei.add(closer(), "signed"), block, text, false);
            case DISTRIBUTION -> inline(note("distribution", block), block, text, true);
            case FOOTNOTE -> footnote(block, text);
            case LIST_HEAD -> listHead(block, text);
            case LIST_ITEM, ENTRY -> listItem(block, text);
            case LABELLED -> inline(Tei.attr(Tei.add(running(), "ab"), "type", "field"), block, text, false);
            case NOTE, ADDRESS -> openerOrBlock(block, text);
            case PARAGRAPH -> inline(Tei.add(running(), "p"), block, text, false);
        }
    }

    private void dateline(Block block, AnnotatedText text) {
        Element host;
        if (phase == Phase.TOP) {
            if (opener == null) opener = Tei.add(document, "opener");
            host = opener;
        } else {
            host = closer();
        }
        inline(Tei.add(host, "dateline"), block, text, false);
    }

    private void heading(Block block, AnnotatedText text, String type) {
        if (phase == Phase.TOP) {
            opener = null;
            inline(Tei.attr(Tei.add(document, "head"), "type", type), block, text, false);
        } else if (phase == Phase.SECTIONS && !sectionHasText) {
            inline(Tei.attr(Tei.add(section, "head"), "type", type), block, text, false);
        } else if (type == null) {
            // A heading after running text starts a section, whatever the layout called it.
            openSection(block, text);
        } else {
            inline(Tei.attr(Tei.add(running(), "ab"), "type", "subheading"), block, text, false);
        }
    }

    private void openSection(Block block, AnnotatedText text) {
        if (phase == Phase.BOTTOM) {
            inline(Tei.attr(Tei.add(running(), "ab"), "type", "heading"), block, text, false);
            return;
        }
        phase = Phase.SECTIONS;
        section = Tei.attr(Tei.add(document, "div"), "type", "section");
        textContainer = section;
        sectionHasText = false;
        inline(Tei.add(section, "head"), block, text, false);
    }

    private void salute(Block block, AnnotatedText text) {
        if (phase == Phase.TOP) {
            if (opener == null) opener = Tei.add(document, "opener");
            inline(Tei.add(opener, "salute"), block, text, false);
        } else {
            inline(Tei.add(closer(), "salute"), block, text, false);
        }
    }

    /**
     * A stamp, a marginal note or the addressee before the text belongs to the opener (the
     * addressee as its salute); later it stands as a block of its own, so it is never lost.
     */
    private void openerOrBlock(Block block, AnnotatedText text) {
        boolean address = block.kind() == BlockKind.ADDRESS;
        if (phase == Phase.TOP) {
            if (opener == null) opener = Tei.add(document, "opener");
            inline(address ? Tei.add(opener, "salute") : opener, block, text, false);
        } else {
            inline(Tei.attr(Tei.add(running(), "ab"), "type", address ? "address" : "note"), block, text, false);
        }
    }

    /** "PARTICIPANTS" over its entries: a typed list whose head is the label. */
    private void listHead(Block block, AnnotatedText text) {
        list = Tei.attr(Tei.add(running(), "list"), "type", block.n());
        listHasHead = true;
        inline(Tei.add(list, "head"), block, text, false);
    }

    private void listItem(Block block, AnnotatedText text) {
        if (list != null && listHasHead && block.kind() != BlockKind.ENTRY) list = null;
        if (list == null) {
            list = Tei.add(running(), "list");
            listHasHead = false;
        }
        inline(Tei.attr(Tei.add(list, "item"), "n", block.n()), block, text, false);
    }

    private void footnote(Block block, AnnotatedText text) {
        Element note = note("footnote", block);
        Tei.attr(note, "place", "foot");
        // A second footnote with a marker already used (a footnote given twice) keeps its marker as
        // text only: @n and the id, which the anchors point at, belong to the first.
        String n = block.n() != null && footnoteMarkers.add(block.n()) ? block.n() : null;
        Tei.attr(note, "n", n);
        String id = n == null ? null : footnotes.noteId(n);
        if (id != null) {
            Tei.xmlId(note, id);
            Tei.attr(note, "target", footnotes.firstAnchorId(block.n()) == null
                    ? null : "#" + footnotes.firstAnchorId(block.n()));
        }
        inline(note, block, text, true);
    }

    /**
     * Notes are allowed anywhere in a div, so they go where the text stands now. After the
     * closer that is the document div itself, behind any postscript, so text after the note
     * opens a postscript of its own rather than joining the one before it.
     */
    private Element note(String type, Block block) {
        Element host = phase == Phase.SECTIONS ? section : document;
        if (phase == Phase.BOTTOM) textContainer = null;
        return Tei.attr(Tei.add(host, "note"), "type", type);
    }

    private Element closer() {
        if (closer == null) {
            closer = Tei.add(document, "closer");
            phase = Phase.BOTTOM;
            textContainer = null;
        }
        return closer;
    }

    /** The element that takes running text (p, ab, list) at this point. */
    private Element running() {
        switch (phase) {
            case TOP -> {
                phase = Phase.TEXT;
                opener = null;
            }
            case SECTIONS -> sectionHasText = true;
            case BOTTOM -> {
                if (textContainer == null) {
                    textContainer = Tei.add(document, "postscript");
                }
            }
            default -> { }
        }
        return textContainer;
    }

    private void inline(Element host, Block block, AnnotatedText text, boolean insideNote) {
        InlineWriter.write(host, text, block.breaks(), footnotes, insideNote);
    }
}
