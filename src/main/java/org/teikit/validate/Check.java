package org.teikit.validate;

import org.xml.sax.Attributes;

/**
 * One of teikit's own checks. Checks stream with the parse: they see each element as it
 * starts (with its attributes) and ends (knowing whether it had content), and may report
 * more once the document is complete.
 */
interface Check {
    default void start(ElementPath.Frame element, Attributes attributes, FindingSink out) { }

    default void end(ElementPath.Frame element, FindingSink out) { }

    /** The document is complete and well-formed. */
    default void finish(FindingSink out) { }

    /** A fresh set of teikit's checks, for one document. */
    static java.util.List<Check> teikitChecks() {
        UniqueIdCheck ids = new UniqueIdCheck();
        return java.util.List.of(ids, new PointerCheck(ids), new DateCheck(), new EmptyContentCheck(), new NoteInNoteCheck());
    }
}
