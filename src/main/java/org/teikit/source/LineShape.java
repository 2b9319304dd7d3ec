package org.teikit.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form of one body line, as the structure rules need it: its numbering or footnote
 * marker, a leading label, whether it ends a sentence, whether it is written like a title.
 * Judged on form alone; what the words mean is left to the annotators.
 */
final class LineShape {
    enum Numbering { ARABIC, ROMAN, LETTER }

    private static final WordList SMALL_WORDS = WordList.load("function-words.txt");
    private static final Pattern NUMBER_MARKER = Pattern.compile(
            "^(\\(?(?:(\\d{1,3})|([IVXLC]{1,6})|([a-z]))[.)])\\s+(?=\\S)");
    private static final Pattern FOOTNOTE_MARKER = Pattern.compile(
            "^(?:\\[(\\d{1,3}|\\*{1,3})\\]|(\\*{1,3})(?!\\*)|(\\d{1,2})(?=\\s+\\p{Lu})|\\((\\d{1,2})\\)(?=\\s+\\p{Lu}))\\s*(?=\\S)");
    /** The group of {@link #FOOTNOTE_MARKER} that holds a marker in round brackets. */
    private static final int ROUND_GROUP = 4;
    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{L}'’.\\- ]{0,40}?)\\s*:(?:\\s+|$)");
    private static final Pattern ANY_LABEL = Pattern.compile("^([\\p{L}. ]{1,25}?)\\s*:");
    private static final Pattern SIGNED = Pattern.compile(
            "(?i)^(?:\\[signed]|\\(signed\\)|signed:|\\[signature]|/s/)");
    /** A final initial ("N."), "Jr." or small word ("a.i."): its full stop does not end a sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\.|[JS]r\\.");
    private static final String CLOSERS = "\"”’')]»";
    private static final int LABEL_WORDS = 5;

    final Line line;
    final String text;
    final int words;
    /** "1.", "I.", "a)", "(1)" — or {@code null}. */
    final @Nullable String marker;
    final Numbering numbering;
    final int wordsAfterMarker;
    /** "1" for "[1] …", "1 …" or "(1) …", "*" for "* …" — or {@code null}. */
    final @Nullable String footnote;
    /**
     * How the footnote's marker is written in the text, to find its anchor: "1" for "[1]", "1" and
     * "*" markers, "(1)" for "(1) …", whose anchor is "Pospelov(1)" (a "[2]" anchor does not make
     * a list item "(2) …" a footnote) — or {@code null}.
     */
    final @Nullable String footnoteAnchor;
    /** The label of "Subject: …" or "Assessment:", without its colon — or {@code null}. */
    final @Nullable String label;
    final boolean labelOnly;
    /** Everything before the first colon, lower case, if short — for labels such as "CC" or "c.c.". */
    final String colonPrefix;
    final boolean signed;
    final boolean bracketed;
    final boolean endsSentence;
    /** The last character, closing quotes and brackets skipped. */
    final char lastChar;
    final boolean startsLowercase;
    final boolean endsWithSmallWord;

    LineShape(Line line) {
        this.line = line;
        this.text = line.text();
        this.words = countWords(text);
        Matcher m = NUMBER_MARKER.matcher(text);
        if (m.lookingAt()) {
            marker = m.group(1);
            numbering = m.group(2) != null ? Numbering.ARABIC : m.group(3) != null ? Numbering.ROMAN : Numbering.LETTER;
            wordsAfterMarker = countWords(text.substring(m.end()));
        } else {
            marker = null;
            numbering = null;
            wordsAfterMarker = 0;
        }
        Matcher f = FOOTNOTE_MARKER.matcher(text);
        footnote = !f.lookingAt() ? null : firstGroup(f);
        footnoteAnchor = footnote == null ? null : f.group(ROUND_GROUP) != null ? "(" + footnote + ")" : footnote;
        Matcher l = LABEL.matcher(text);
        if (l.lookingAt() && countWords(l.group(1)) <= LABEL_WORDS) {
            label = l.group(1).strip();
            labelOnly = l.end() == text.length();
        } else {
            label = null;
            labelOnly = false;
        }
        Matcher p = ANY_LABEL.matcher(text);
        colonPrefix = p.lookingAt() ? p.group(1).strip().toLowerCase(Locale.ROOT) : null;
        signed = SIGNED.matcher(text).lookingAt();
        bracketed = isBracketed(text);
        int last = text.length() - 1;
        while (last > 0 && CLOSERS.indexOf(text.charAt(last)) >= 0) last--;
        lastChar = last >= 0 ? text.charAt(last) : ' ';
        String lastToken = lastToken(text);
        endsSentence = (lastChar == '.' || lastChar == '!' || lastChar == '?' || lastChar == '…')
                && !ABBREVIATION.matcher(lastToken).matches() && !SMALL_WORDS.contains(lastToken.toLowerCase(Locale.ROOT));
        startsLowercase = startsLowercase(text);
        endsWithSmallWord = SMALL_WORDS.contains(lastToken.toLowerCase(Locale.ROOT));
    }

    boolean startsWithWord(String word) {
        return text.regionMatches(true, 0, word, 0, word.length())
                && (text.length() == word.length() || !Character.isLetter(text.charAt(word.length())));
    }

    /** Every word that English titles capitalise is capitalised ("Control Situation in South Korea"). */
    boolean isTitleCase() {
        int significant = 0;
        for (String token : text.split("\\s+")) {
            String w = stripPunctuation(token);
            if (w.isEmpty() || SMALL_WORDS.contains(w)) continue;
            if (w.length() > 2 && w.charAt(1) == '\'' && Character.isLowerCase(w.charAt(0))) w = w.substring(2);
            if (w.isEmpty()) continue;
            int c = w.codePointAt(0);
            if (!(Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c))) return false;
            significant++;
        }
        return significant > 0;
    }

    private static boolean isBracketed(String text) {
        if (text.length() < 2 || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']') return false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0 && i < text.length() - 1) return false;
        }
        return depth == 0;
    }

    private static boolean startsLowercase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
            if (Character.isDigit(c)) return false;
        }
        return false;
    }

    private static String lastToken(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        String token = text.substring(start, end);
        int e = token.length();
        while (e > 0 && (CLOSERS.indexOf(token.charAt(e - 1)) >= 0 || token.charAt(e - 1) == ',')) e--;
        return token.substring(0, e);
    }

    private static String stripPunctuation(String token) {
        int s = 0;
        int e = token.length();
        while (s < e && !Character.isLetterOrDigit(token.charAt(s))) s++;
        while (e > s && !Character.isLetterOrDigit(token.charAt(e - 1)) && token.charAt(e - 1) != '.') e--;
        return token.substring(s, e);
    }

    static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }

    /** Whether a label introduces speech or a list rather than heading a section ("He said the following:"). */
    boolean labelIntroducesText() {
        if (label == null) return false;
        String lower = label.toLowerCase(Locale.ROOT);
        String first = lower.split("\\s+")[0];
        return PRONOUNS.contains(first) || lower.endsWith("following") || lower.endsWith("follows");
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "we", "they", "i", "you", "this", "these");

    /** The marker of a footnote's first line: "[1]", "*", "1" or "(1)" (the groups of {@link #FOOTNOTE_MARKER}). */
    private static String firstGroup(Matcher f) {
        for (int g = 1; g <= f.groupCount(); g++) if (f.group(g) != null) return f.group(g);
        throw new IllegalStateException("a footnote marker without its figure");
    }
}
