package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Takes an archive's citation apart:
 * {@code "TITLE", DATE, PUBLISHER, REPOSITORY (ABBR), COLLECTION, SHELFMARK. Translated for PROJECT by NAME. URL}.
 * The repository runs to the first part that ends with its abbreviation in brackets; the part
 * after it is the collection, the rest the shelfmark. Parts the citation lacks stay {@code null}.
 */
public final class CitationParser {
    private static final String QUOTES = "\"“”";
    private static final Pattern URL_AT_END = Pattern.compile("\\s*(https?://\\S+?)[.,;]?\\s*$");
    /** The date after the title; its comma may stand inside the title's quotes ("…,” December 21, 1961"). */
    private static final Pattern DATE_PART = Pattern.compile("^\\s*,?\\s*(" + DateShape.DATE + ")\\s*(?=,|\\.?$)",
            Pattern.CASE_INSENSITIVE);
    /** Where the sentence about the translation (or how the document was obtained) begins. */
    private static final Pattern CREDIT_SENTENCE = Pattern.compile(
            "(?:^|\\.\\s+)(?=(?:Obtained|Translated|Translation|Contributed|Donated|Edited|Transcribed)\\b)");
    private static final Pattern TRANSLATOR = Pattern.compile(
            "(?i)\\btranslat(?:ed|ion)(?:\\s+for\\s+(.+?))?\\s+by\\s+(.+?)\\.?$");
    /** Repository names end with their abbreviation in brackets within their first few parts. */
    private static final int REPOSITORY_PARTS = 3;

    private CitationParser() { }

    /** Whether a line reads like a citation: a quoted title followed by a comma. */
    public static boolean looksLikeCitation(String line) {
        return !line.isEmpty() && QUOTES.indexOf(line.charAt(0)) >= 0 && titleEnd(line) > 0;
    }

    public static Citation parse(String full) {
        return parse(full, null);
    }

    /**
     * Where a citation glued to the end of a sentence begins ("… to North Vietnam."Telegram, …" →
     * the index of the second quote), or -1: a quote right after a sentence's end that opens a
     * citation with its date.
     */
    static int gluedCitationStart(String line) {
        for (int p = 1; p < line.length(); p++) {
            if (QUOTES.indexOf(line.charAt(p)) < 0 || ".!?".indexOf(line.charAt(p - 1)) < 0) continue;
            String rest = line.substring(p);
            int end = titleEnd(rest);
            if (end > 0 && DATE_PART.matcher(rest.substring(end + 1)).find()) return p;
        }
        return -1;
    }

    /**
     * Takes a citation apart; {@code knownTitle} (the page's title line, or null) anchors the
     * title's end, so commas, quotes and brackets inside the title do not cut it short.
     */
    public static Citation parse(String full, @Nullable String knownTitle) {
        Linked linked = Linked.of(full);
        String text = linked.text;
        String url = linked.url;
        String title = null;
        String rest = text;
        int anchored = anchoredTitleEnd(text, knownTitle);
        int end = anchored > 0 ? anchored : titleEnd(text);
        if (end > 0) {
            title = text.substring(1, end).strip().replaceFirst("\\s*,$", "");
            rest = text.substring(end + 1);
        }
        String date = null;
        Matcher d = DATE_PART.matcher(rest);
        if (d.find()) {
            date = d.group(1).strip();
            rest = rest.substring(d.end());
        }
        rest = stripLeadingComma(rest);
        Tail tail = Tail.of(rest);
        List<String> parts = splitParts(tail.archival());
        String publisher = parts.size() > 1 ? parts.remove(0) : null;
        Holding holding = Holding.of(parts);
        return new Citation(full.strip(), title, date, publisher, holding.repository, holding.collection,
                holding.idno, tail.translator, tail.translatedFor, url);
    }

    /**
     * The new site's "Source" note ("PRC FMA 105-00987-02. Translated by …") with its
     * "Original Archive": the note names the archive (in full or by its abbreviation), then the
     * collection and shelfmark.
     */
    public static Citation fromSourceNote(String source, String archive) {
        Linked linked = Linked.of(source);
        Tail tail = Tail.of(linked.text);
        String archival = tail.archival();
        Holding holding;
        String repository = archive == null ? null : trimEnd(archive.strip());
        if (repository == null) {
            holding = Holding.of(splitParts(archival));
        } else {
            holding = Holding.within(repository, splitParts(withoutRepository(archival, repository)));
        }
        return new Citation(source.strip(), null, null, null, holding.repository, holding.collection,
                holding.idno, tail.translator, tail.translatedFor, linked.url);
    }

    /**
     * The index of the quote that closes the title: the first closing quote followed by a date
     * (with the comma before or after the quote), else the last one followed by a comma.
     */
    private static int titleEnd(String text) {
        if (text.isEmpty() || QUOTES.indexOf(text.charAt(0)) < 0) return -1;
        int lastCandidate = -1;
        for (int i = 1; i < text.length(); i++) {
            if (QUOTES.indexOf(text.charAt(i)) < 0) continue;
            int j = i + 1;
            while (j < text.length() && text.charAt(j) == ' ') j++;
            boolean commaAfter = j < text.length() && text.charAt(j) == ',';
            boolean commaBefore = text.substring(0, i).stripTrailing().endsWith(",");
            if (!commaAfter && !commaBefore) continue;
            if (DATE_PART.matcher(text.substring(i + 1, Math.min(text.length(), i + 60))).find()) return i;
            if (commaAfter || commaBefore) lastCandidate = i; // an undated citation: "Title," Publisher, …
        }
        return lastCandidate;
    }

    /**
     * The index of the quote that closes a title known from the page: the citation opens with a
     * quote and the title (compared without regard to quote marks, case and spacing: some pages
     * print the title in capitals), then a comma
     * and the closing quote in either order. -1 when the citation does not start that way.
     */
    private static int anchoredTitleEnd(String text, String knownTitle) {
        if (knownTitle == null || text.isEmpty() || QUOTES.indexOf(text.charAt(0)) < 0) return -1;
        String title = plain(knownTitle.strip());
        if (title.isEmpty()) return -1;
        int t = 0;
        int i = 1;
        while (i < text.length() && t < title.length()) {
            char c = Character.toLowerCase(plain(text.charAt(i)));
            char k = Character.toLowerCase(title.charAt(t));
            if (c == k) {
                i++;
                t++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isWhitespace(k)) {
                t++;
            } else {
                return -1;
            }
        }
        if (t < title.length()) return -1;
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (QUOTES.indexOf(c) >= 0) return j;
            if (c != ',' && c != ' ') return -1;
        }
        return -1;
    }

    /** Quote marks of any kind as the straight double quote, so a title matches its quoted copy. */
    private static String plain(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) sb.append(plain(s.charAt(i)));
        return sb.toString();
    }

    private static char plain(char c) {
        return QUOTES.indexOf(c) >= 0 ? '"' : c == '‘' || c == '’' ? '\'' : c;
    }

    private static String withoutRepository(String archival, String repository) {
        if (archival.startsWith(repository)) return stripLeadingComma(archival.substring(repository.length()));
        Matcher abbr = Pattern.compile("\\(([^()]+)\\)$").matcher(repository);
        if (abbr.find() && archival.startsWith(abbr.group(1))) {
            return stripLeadingComma(archival.substring(abbr.group(1).length()));
        }
        return archival;
    }

    /** Splits at commas outside brackets: "Central State Archive, Sofia (TsDA), Fond 1-B" → 3 parts. */
    private static List<String> splitParts(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if (c == ',' && depth == 0) {
                add(parts, text.substring(start, i));
                start = i + 1;
            }
        }
        add(parts, text.substring(start));
        return parts;
    }

    private static void add(List<String> parts, String part) {
        String p = part.strip();
        if (!p.isEmpty()) parts.add(p);
    }

    private static String stripLeadingComma(String s) {
        String t = s.strip();
        while (t.startsWith(",") || t.startsWith(".")) t = t.substring(1).strip();
        return t;
    }

    private static String trimEnd(String s) {
        String t = s.strip();
        while (t.endsWith(".") || t.endsWith(",")) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    /**
     * A citation's text without the URL it ends with, and that URL. Only a well-formed URI is
     * taken as the URL ("https://archive[.example.org/1", a slip or damage, is not): it becomes a
     * link target, which must be one.
     */
    private record Linked(String text, String url) {
        static Linked of(String citation) {
            String text = citation.strip();
            Matcher u = URL_AT_END.matcher(text);
            return u.find() && isUri(u.group(1)) ? new Linked(text.substring(0, u.start()).strip(), u.group(1)) : new Linked(text, null);
        }

        private static boolean isUri(String s) {
            try {
                new java.net.URI(s);
                return true;
            } catch (java.net.URISyntaxException e) {
                return false;
            }
        }
    }

    /** The archival part of a citation and the translation sentence after it. */
    private record Tail(String archival, String translator, String translatedFor) {
        static Tail of(String rest) {
            Matcher m = CREDIT_SENTENCE.matcher(rest);
            if (!m.find()) return new Tail(trimEnd(rest), null, null);
            String credit = trimEnd(rest.substring(m.end()));
            Matcher t = TRANSLATOR.matcher(credit);
            String translator = null;
            String translatedFor = null;
            if (t.find()) {
                translatedFor = t.group(1);
                translator = trimEnd(t.group(2));
            }
            return new Tail(trimEnd(rest.substring(0, m.start())), translator, translatedFor);
        }
    }

    /** An archive's abbreviation in capitals and a shelfmark with digits in one part: "PRC FMA 106-00701-03". */
    private static final Pattern ABBREVIATION_AND_SHELFMARK = Pattern.compile(
            "^((?:\\p{Lu}[\\p{Lu}.&-]*\\s+)*\\p{Lu}[\\p{Lu}.&-]+)\\s+(\\S*\\d[\\S\\s]*)$");

    /** Repository, collection and shelfmark from the archival parts of a citation. */
    private record Holding(String repository, String collection, String idno) {
        static Holding of(List<String> parts) {
            if (parts.isEmpty()) return new Holding(null, null, null);
            Matcher glued = ABBREVIATION_AND_SHELFMARK.matcher(parts.get(0));
            if (glued.matches()) {
                // "PRC FMA 110-00141-04, 26-27": the archive's abbreviation with the shelfmark after it, no collection.
                List<String> idno = new ArrayList<>(parts.subList(1, parts.size()));
                idno.add(0, glued.group(2));
                return new Holding(glued.group(1), null, String.join(", ", idno));
            }
            int last = 0;
            for (int i = 0; i < Math.min(parts.size(), REPOSITORY_PARTS); i++) {
                if (parts.get(i).endsWith(")")) {
                    last = i;
                    break;
                }
            }
            String repository = String.join(", ", parts.subList(0, last + 1));
            return within(repository, parts.subList(last + 1, parts.size()));
        }

        /** After the repository: one part is the shelfmark; with more, the first is the collection. */
        static Holding within(String repository, List<String> after) {
            if (after.isEmpty()) return new Holding(repository, null, null);
            if (after.size() == 1) return new Holding(repository, null, after.get(0));
            return new Holding(repository, after.get(0), String.join(", ", after.subList(1, after.size())));
        }
    }
}
