package org.teikit.validate;

import org.xml.sax.Attributes;

/** {@code note-in-note}: a note inside another note. TEI allows it; editions read badly with it, so a warning. */
final class NoteInNoteCheck implements Check {
    private int openNotes;

    @Override
    public void start(ElementPath.Frame element, Attributes attributes, FindingSink out) {
        if (!element.isTei() || !element.local.equals("note")) return;
        if (openNotes > 0) {
            out.warning("note-in-note", "a <note> inside another <note>: move it out, next to the note it comments on", element);
        }
        openNotes++;
    }

    @Override
    public void end(ElementPath.Frame element, FindingSink out) {
        if (element.isTei() && element.local.equals("note")) openNotes--;
    }
}
