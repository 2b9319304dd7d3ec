package org.teikit.source;

/** The structural role of a block of body text. */
public enum BlockKind {
    /** Letterhead and place/date lines before the heading; lines kept apart by {@link Break}s. */
    DATELINE,
    /** The document's own heading ("Note", "TELEGRAM"). */
    HEAD,
    /** The subtitle under the heading ("About a Conversation between …"). */
    SUBHEAD,
    /** A heading inside the text that opens a section. */
    SECTION_HEAD,
    /** A labelled header line inside the body ("Sender: Pyongyang", "Time: 1960 May 4 and 11"). */
    LABELLED,
    PARAGRAPH,
    /**
     * A memorandum's heading over a list of entries, one a line ("PARTICIPANTS", "MEMORANDUM FOR");
     * {@link Block#n()} holds the list's type ("participants"), the {@link #ENTRY}s after it are its entries.
     */
    LIST_HEAD,
    /** One line of a memorandum's list: a participant with the office ("Mr. …, Deputy Assistant Secretary"), an addressee. */
    ENTRY,
    /** A numbered or bulleted item; consecutive items form one list. */
    LIST_ITEM,
    /** Salutation ("Dear Comrade …"). */
    SALUTE,
    /** The signature block ("[Signed] Heidenreich Attache"). */
    SIGNATURE,
    /** The distribution list ("CC: …"), its entries kept apart by {@link Break}s. */
    DISTRIBUTION,
    /** A footnote's text; {@link Block#n()} holds its marker. */
    FOOTNOTE,
    /** An editor's remark standing on its own line, brackets included ("[stamp: Received …]", "[handwriting: …]"). */
    NOTE,
    /** The addressee ("To the Minister of Foreign Affairs" / "Comrade …" / "Warsaw"); lines kept apart by {@link Break}s. */
    ADDRESS
}
