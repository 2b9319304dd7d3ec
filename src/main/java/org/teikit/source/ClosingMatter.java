package org.teikit.source;

/**
 * Finds where a document's closing matter begins: walking back from the end over footnotes,
 * distribution lists and short signature-like lines ("Halmos Endre", "Ambassador",
 * "[Signed] G. Radev", "Fraternally,") until the first line of running text.
 */
final class ClosingMatter {
    private static final int SIGNATURE_WORDS = 8;
    private static final int SIGNATURE_CHARS = 80;
    private static final int SALUTE_WORDS = 5;

    /** Offices in small letters under a signer's name ("chargé d'affaires"; signature-roles.txt). */
    private static final WordList ROLES = WordList.load("signature-roles.txt");

    private ClosingMatter() { }

    /** The index of the first closing line; {@code size()} when there is none. */
    static int start(BodyLines body) {
        int floor = firstRunningText(body) + 1;
        if (floor == 0) return body.size();
        boolean[] distribution = body.distributionLists();
        boolean[] footnotes = body.footnoteParagraphs();
        int start = body.size();
        for (int i = body.size() - 1; i >= floor; i--) {
            LineShape s = body.get(i);
            if (footnotes[i] || distribution[i] || isSignatureLine(s) || isSalute(s) || (s.bracketed && !s.signed)) {
                start = i;
            } else {
                break;
            }
        }
        return start;
    }

    static boolean isSignatureLine(LineShape s) {
        if (s.signed) return true;
        return s.words <= SIGNATURE_WORDS && s.text.length() <= SIGNATURE_CHARS && !s.endsSentence
                && s.marker == null && s.lastChar != ',' && (s.labelOnly || s.isTitleCase() || ROLES.contains(s.text.strip()));
    }

    static boolean isSalute(LineShape s) {
        return (s.words <= SALUTE_WORDS && s.lastChar == ',') || (s.startsWithWord("Dear") && s.words <= SIGNATURE_WORDS);
    }

    /** The first line that is surely running text (a sentence, a long line, a numbered item), or -1. */
    private static int firstRunningText(BodyLines body) {
        for (int i = 0; i < body.size(); i++) {
            if (isRunningText(body.get(i)) || body.get(i).marker != null) return i;
        }
        return -1;
    }

    /** A sentence, a long line, or a long lead-in to a quotation or list ("… he said the following:"). */
    static boolean isRunningText(LineShape s) {
        return (s.endsSentence && s.words >= 6) || (s.lastChar == ':' && s.words >= 8) || s.words > 25;
    }
}
