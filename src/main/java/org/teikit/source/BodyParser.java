package org.teikit.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a body into ordered {@link Block}s. Three zones, each with its own rules: the opening
 * (letterhead and date lines, the document's heading and subtitle, labelled lines, addressee),
 * the running text (paragraphs, numbered items, section headings, paragraphs that a page
 * break cut), and the closing matter found by {@link ClosingMatter} (signature, salute,
 * distribution list, footnotes). Every body line lands in exactly one block.
 */
final class BodyParser {
    private static final List<String> HEADS = WordList.load("document-heads.txt").entries().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final WordList SMALL_WORDS = WordList.load("function-words.txt");
    private static final int HEAD_WORDS = 20;
    private static final int SUBHEAD_WORDS = 40;
    private static final int HEADING_WORDS = 10;
    private static final int TITLE_HEADING_WORDS = 15;
    private static final int ADDRESS_LINE_WORDS = 8;
    private static final int LETTERHEAD_WORDS = 3;
    private static final int CAPITALS_TITLE_WORDS = 3;
    private static final Pattern UNDATED = Pattern.compile("\\p{Lu}[\\p{L} .'-]{1,40}, undated\\.?");
    /** A year: "New York, December 1964" under the title is still a dateline. */
    private static final Pattern DATED = Pattern.compile("\\b\\d{4}\\b");
    /** "Pyongyang, 2 VI 1967", "No. 0218/76", "November 7-8, 1958": a few words with figures. */
    private static final int DATED_LINE_WORDS = 8;
    /** "Li Fuchun: Premier Zhou … frankly." is speech, not a labelled line like "Participants: …". */
    private static final int LABELLED_SENTENCE_WORDS = 8;
    /** How many lines after its first an editor's bracketed note may run on ("[SED Central Committee … missing]"). */
    private static final int NOTE_LINES = 5;

    private final BodyLines body;
    private final String sourceText;
    private final List<Block> blocks = new ArrayList<>();
    private final boolean[] distribution;
    private BlockBuilder current;
    /** Whether the opening has had its place-and-date line ("Washington, May 9, 1966, 4:05 p.m."). */
    private boolean placeAndDate;
    /** Whether the opening has had a title in capitals under its place and date. */
    private boolean titled;

    private BodyParser(BodyLines body, String sourceText) {
        this.body = body;
        this.sourceText = sourceText;
        this.distribution = body.distributionLists();
    }

    static List<Block> parse(BodyLines body, String sourceText) {
        return new BodyParser(body, sourceText).run();
    }

    private List<Block> run() {
        int closing = ClosingMatter.start(body);
        boolean opening = true;
        for (int i = 0; i < body.size(); i++) {
            int noteEnd = bracketedLinesEnd(i);
            if (noteEnd > i) {
                // "[SED Central Committee / Department … / SAPMO-BA, signature missing]": one editor's note over several lines
                start(BlockKind.NOTE, i);
                for (int j = i + 1; j <= noteEnd; j++) current.add(body.get(j), j, Break.Kind.LINE);
                i = noteEnd;
                continue;
            }
            MemoHeadings.Field field = MemoHeadings.at(body, i);
            if (field != null && (i < closing || field.isDistribution())) {
                // what follows a memorandum's headings is its text, not more of its dateline
                memoField(field);
                i = field.last();
                opening = false;
                continue;
            }
            if (i >= closing) {
                closingLine(i);
                continue;
            }
            opening = opening && openingLine(i);
            if (!opening) runningLine(i);
        }
        flush();
        return List.copyOf(blocks);
    }

    /**
     * The last line of a bracket that line {@code i} opens at its start and a later line, at most
     * {@link #NOTE_LINES} on, closes at its end, with no other bracket and no dropped line between; else -1.
     */
    private int bracketedLinesEnd(int i) {
        String first = body.get(i).text.strip();
        if (!first.startsWith("[") || depth(first) <= 0) return -1;
        int depth = depth(first);
        for (int j = i + 1; j < body.size() && j - i <= NOTE_LINES; j++) {
            String line = body.get(j).text.strip();
            // no chrome line the reader dropped may fall inside the note, and no other bracket
            if (!body.joinable(j) || line.indexOf('[') >= 0) return -1;
            depth += depth(line);
            if (depth <= 0) return depth == 0 && line.endsWith("]") ? j : -1;
        }
        return -1;
    }

    /** Opening brackets less closing ones. */
    private static int depth(String line) {
        int d = 0;
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) == '[') d++;
            else if (line.charAt(k) == ']') d--;
        }
        return d;
    }

    /**
     * "SUBJECT" over its line is one labelled block, the label and its value apart by a line break;
     * "PARTICIPANTS" over its entries opens a list, one item an entry (a list label without entries
     * stands as a labelled block of its own).
     */
    private void memoField(MemoHeadings.Field field) {
        int i = field.label();
        if (field.isDistribution() || field.listType() == null || field.last() == i) {
            // "COPIES TO:" over its entries is a distribution list like "CC: …", one entry a line
            start(field.isDistribution() ? BlockKind.DISTRIBUTION : BlockKind.LABELLED, i);
            for (int j = i + 1; j <= field.last(); j++) current.add(body.get(j), j, Break.Kind.LINE);
            return;
        }
        start(BlockKind.LIST_HEAD, field.listType(), i);
        for (int j = i + 1; j <= field.last(); j++) start(BlockKind.ENTRY, j);
    }

    /** Takes a line of the opening; returns false at the first line of running text. */
    private boolean openingLine(int i) {
        LineShape s = body.get(i);
        if (s.bracketed && !s.signed) {
            start(BlockKind.NOTE, i);
        } else if (s.label != null && !(s.endsSentence && s.words >= LABELLED_SENTENCE_WORDS)) {
            start(s.label.equalsIgnoreCase("to") ? BlockKind.ADDRESS : BlockKind.LABELLED, i);
        } else if (s.startsWithWord("To") && !ClosingMatter.isRunningText(s)) {
            start(BlockKind.ADDRESS, i);
        } else if (s.startsWithWord("Dear") && !ClosingMatter.isRunningText(s)) {
            start(BlockKind.SALUTE, i);
        } else if (continues(BlockKind.ADDRESS, i) && s.words <= ADDRESS_LINE_WORDS && !s.endsSentence) {
            current.add(s, i, Break.Kind.LINE);
        } else if (isHead(s)) {
            start(BlockKind.HEAD, i);
        } else if (placeAndDate && isCapitalsTitle(s)) {
            // after the place and date, a title in capitals heads the document ("CHANGING PATTERNS IN EASTERN EUROPE")
            start(BlockKind.HEAD, i);
            titled = true;
        } else if (isSubhead(s, i)) {
            start(BlockKind.SUBHEAD, i);
        } else if (s.marker == null && isPlaceAndDate(s) && !continues(BlockKind.DATELINE, i)) {
            // "Washington, May 9, 1966, 4:05 p.m.": as many words as a sentence, and a full stop, but a dateline
            start(BlockKind.DATELINE, i);
            placeAndDate = true;
        } else if (titled && !(s.words <= DATED_LINE_WORDS && DATED.matcher(s.text).find())) {
            // under the place, the date and the heading, "The Problem" heads the text: it is no letterhead
            return false;
        } else if (s.marker != null || ClosingMatter.isRunningText(s) || !looksLikeLetterhead(s)) {
            return false;
        } else if (continues(BlockKind.LABELLED, i)) {
            start(BlockKind.LABELLED, i);
        } else if (continues(BlockKind.DATELINE, i)) {
            current.add(s, i, Break.Kind.LINE);
        } else {
            start(BlockKind.DATELINE, i);
        }
        return true;
    }

    private void runningLine(int i) {
        LineShape s = body.get(i);
        if (body.isFootnote(i)) {
            start(BlockKind.FOOTNOTE, s.footnote, i);
        } else if (s.signed) {
            if (continues(BlockKind.SIGNATURE, i)) current.add(s, i, Break.Kind.LINE);
            else start(BlockKind.SIGNATURE, i);
        } else if (s.bracketed) {
            start(BlockKind.NOTE, i);
        } else if (body.isDistributionLabel(i)) {
            start(BlockKind.DISTRIBUTION, i);
        } else if (distribution[i] && continues(BlockKind.DISTRIBUTION, i)) {
            current.add(s, i, Break.Kind.LINE);
        } else if (s.marker == null && body.sameParagraph(i) && currentIsProse()) {
            current.add(s, i, null);
        } else if (s.marker == null && cutByPageBreak(i)) {
            current.add(s, i, Break.Kind.PAGE);
        } else if (s.marker != null) {
            if (isNumberedHeading(i)) start(BlockKind.SECTION_HEAD, i);
            else start(BlockKind.LIST_ITEM, s.marker, i);
        } else if (s.labelOnly && s.words <= HEADING_WORDS && !s.labelIntroducesText()) {
            start(BlockKind.SECTION_HEAD, i);
        } else if (s.startsWithWord("Dear") && ClosingMatter.isSalute(s)) {
            start(BlockKind.SALUTE, i);
        } else if (isTitleHeading(i)) {
            start(BlockKind.SECTION_HEAD, i);
        } else {
            start(BlockKind.PARAGRAPH, i);
        }
    }

    private void closingLine(int i) {
        LineShape s = body.get(i);
        if (body.isFootnote(i)) {
            start(BlockKind.FOOTNOTE, s.footnote, i);
        } else if (continues(BlockKind.FOOTNOTE, i) && body.sameParagraph(i)) {
            current.add(s, i, null);
        } else if (body.isDistributionLabel(i)) {
            start(BlockKind.DISTRIBUTION, i);
        } else if (distribution[i] && continues(BlockKind.DISTRIBUTION, i)) {
            current.add(s, i, Break.Kind.LINE);
        } else if (s.bracketed && !s.signed) {
            start(BlockKind.NOTE, i);
        } else if (ClosingMatter.isSalute(s)) {
            start(BlockKind.SALUTE, i);
        } else if (continues(BlockKind.SIGNATURE, i)) {
            current.add(s, i, Break.Kind.LINE);
        } else {
            start(BlockKind.SIGNATURE, i);
        }
    }

    /** "Note", "TELEGRAM No. 97", "Information on the Meeting …", "Record of Conversation with …". */
    private static boolean isHead(LineShape s) {
        if (s.endsSentence || s.words > HEAD_WORDS) return false;
        String lower = s.text.toLowerCase(Locale.ROOT);
        for (String head : HEADS) {
            if (lower.equals(head)) return true;
            if (lower.startsWith(head + " ")) {
                String next = s.text.substring(head.length()).strip().split("\\s+")[0];
                String nextLower = next.toLowerCase(Locale.ROOT);
                if (nextLower.matches("no\\.?|nr\\.?|\\d.*")) return true;
                if (SMALL_WORDS.contains(nextLower) || nextLower.equals("concerning") || nextLower.equals("regarding")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Letterhead, place and date, reference and classification lines are names, numbers or
     * markings: in title case, with a digit, or a word or three ("Top Secret!").
     */
    private static boolean looksLikeLetterhead(LineShape s) {
        return s.words <= LETTERHEAD_WORDS || s.isTitleCase()
                || (s.words <= DATED_LINE_WORDS && s.text.chars().anyMatch(Character::isDigit));
    }

    /** "Washington, May 9, 1966, 4:05 p.m.", or a place with a date the editors could not give ("Washington, undated."). */
    private static boolean isPlaceAndDate(LineShape s) {
        return DateShape.isPlaceAndDate(s.text) || UNDATED.matcher(s.text).matches();
    }

    /** "NATIONALISM IN EASTERN EUROPE": three words or more, every letter a capital. */
    private static boolean isCapitalsTitle(LineShape s) {
        return s.words >= CAPITALS_TITLE_WORDS && s.marker == null && s.label == null
                && s.text.chars().noneMatch(Character::isLowerCase) && !isPlaceAndDate(s);
    }

    /** A date or date range on its own ("November 7-8, 1958"): a dateline, not a subtitle. */
    private static boolean isDated(LineShape s) {
        return s.words <= 4 && s.text.matches(".*\\b\\d{4}\\b.*");
    }

    /** The subtitle right under the heading ("About a Conversation between …"), not a one-word marking. */
    private boolean isSubhead(LineShape s, int i) {
        return current != null && current.is(BlockKind.HEAD) && current.endsJustBefore(i)
                && !s.endsSentence && s.words >= 3 && s.words <= SUBHEAD_WORDS && s.marker == null && !isDated(s)
                && !runsOnAsProse(i);
    }

    /** A sentence that ends inside a line and another that begins after it ("Untung. Untung's group killed …"). */
    private static final java.util.regex.Pattern SENTENCE_INSIDE = java.util.regex.Pattern.compile("\\p{L}[.!?]\\s+\\p{Lu}");

    /**
     * "The Thirtieth of September Movement was led by Lieutenant Colonel" / "Untung. Untung's group killed
     * six generals.": the first line of a hard-wrapped paragraph under the heading, not a subtitle, where
     * the next line of its block ends the sentence inside it and goes on with another, as no subtitle does.
     */
    private boolean runsOnAsProse(int i) {
        return i + 1 < body.size() && body.sameParagraph(i + 1) && SENTENCE_INSIDE.matcher(body.get(i + 1).text).find();
    }

    /**
     * "I. Grain Deliveries", "1. Military situation": a short numbered line that ends no
     * sentence and has no numbered neighbour of its own kind (which would make it a list item).
     */
    private boolean isNumberedHeading(int i) {
        LineShape s = body.get(i);
        if (s.wordsAfterMarker > HEADING_WORDS || s.endsSentence || ",;".indexOf(s.lastChar) >= 0) return false;
        return !sameNumbering(i, i - 1) && !sameNumbering(i, i + 1);
    }

    private boolean sameNumbering(int i, int j) {
        return j >= 0 && j < body.size() && body.get(j).numbering == body.get(i).numbering;
    }

    /** An unnumbered heading standing on its own: a short line in title case that ends no sentence. */
    private boolean isTitleHeading(int i) {
        LineShape s = body.get(i);
        if (s.words > TITLE_HEADING_WORDS || s.endsSentence || ",;:".indexOf(s.lastChar) >= 0) return false;
        if (s.startsLowercase || i + 1 >= body.size() || body.get(i + 1).startsLowercase) return false;
        return body.aloneInGroup(i) && s.isTitleCase();
    }

    /**
     * A paragraph cut by a page break: the previous block stops mid-sentence and this line
     * carries on (it starts in lower case, or the previous line ended on a word like "and").
     */
    private boolean cutByPageBreak(int i) {
        if (current == null || !(current.is(BlockKind.PARAGRAPH) || current.is(BlockKind.LIST_ITEM))
                || !current.endsJustBefore(i) || !body.joinable(i)) {
            return false;
        }
        LineShape before = body.get(i - 1);
        LineShape s = body.get(i);
        if (before.endsSentence || ":;".indexOf(before.lastChar) >= 0 || s.bracketed) return false;
        return s.startsLowercase || before.endsWithSmallWord || before.lastChar == ',';
    }

    private boolean currentIsProse() {
        return current != null && (current.is(BlockKind.PARAGRAPH) || current.is(BlockKind.LIST_ITEM)
                || current.is(BlockKind.FOOTNOTE));
    }

    private boolean continues(BlockKind kind, int i) {
        return current != null && current.is(kind) && current.endsJustBefore(i) && body.adjacent(i);
    }

    private void start(BlockKind kind, int i) {
        start(kind, null, i);
    }

    private void start(BlockKind kind, String n, int i) {
        flush();
        current = new BlockBuilder(kind, n, body.get(i), i);
    }

    private void flush() {
        if (current != null) blocks.add(current.build(sourceText));
        current = null;
    }
}
