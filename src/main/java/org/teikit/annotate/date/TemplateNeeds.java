package org.teikit.annotate.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what every match of a template of {@code date-patterns.tsv} must have: its {@link Need}
 * (pieces and fixed text) and the characters it can begin with. It knows the regular-expression
 * syntax the templates use (groups, look-arounds, classes, escapes, quantifiers) and their
 * {@code {PIECE}}s. What it cannot be sure a match holds — a look-around, an optional or
 * repeated part, a class of several characters — it reads as needing nothing, and where it cannot
 * tell how a match begins it allows any character, so neither is ever more than a match must have.
 */
final class TemplateNeeds {
    private static final int UNQUANTIFIED = -1;

    private final String t;
    private final Map<String, Read> pieces;
    private int at;

    /**
     * What a template, or a part of one, must have.
     *
     * @param first    the characters a match can begin with
     * @param nullable whether a match can be empty (then it may begin with anything that follows it)
     */
    record Read(Need need, Initials first, boolean nullable) {
        /** Where a match can start: nowhere in particular if it can be empty. */
        Initials start() {
            return nullable ? Initials.ANY : first;
        }
    }

    /** @param pieces what each piece must have, by name */
    TemplateNeeds(String template, Map<String, Read> pieces) {
        this.t = template;
        this.pieces = pieces;
    }

    Read read() {
        Read read = alternation();
        if (!atEnd()) throw new IllegalStateException("unbalanced ) at " + at + " in " + t);
        return read;
    }

    /** One atom: what it must have, and the character it stands for where it is one fixed character (in lower case; 0 if not). */
    private record Atom(Read read, char literal) {
        static Atom opaque(Initials first) {
            return new Atom(new Read(Need.NOTHING, first, false), (char) 0);
        }

        static Atom zeroWidth() {
            return new Atom(new Read(Need.NOTHING, Initials.NONE, true), (char) 0);
        }

        static Atom character(Initials first, char lower) {
            return new Atom(new Read(Need.NOTHING, first, false), lower);
        }
    }

    private boolean atEnd() {
        return at >= t.length();
    }

    private Read alternation() {
        List<Need> needs = new ArrayList<>();
        Initials first = Initials.NONE;
        boolean nullable = false;
        do {
            if (!needs.isEmpty()) at++;
            Read branch = sequence();
            needs.add(branch.need());
            first = first.or(branch.first());
            nullable |= branch.nullable();
        } while (!atEnd() && t.charAt(at) == '|');
        return new Read(Need.any(needs), first, nullable);
    }

    /**
     * A run of fixed characters becomes one literal; every atom that must occur adds its need. A
     * sequence begins with what its first atom begins with, and, while atoms can be empty, with
     * what the next ones begin with too.
     */
    private Read sequence() {
        List<Need> needs = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        Initials first = Initials.NONE;
        boolean nullable = true;
        while (!atEnd() && t.charAt(at) != '|' && t.charAt(at) != ')') {
            Atom atom = atom();
            int minimum = quantifier();
            if (nullable) first = first.or(atom.read().first());
            nullable &= minimum == 0 || atom.read().nullable();
            if (minimum == UNQUANTIFIED && atom.literal() != 0) {
                literal.append(atom.literal());
                continue;
            }
            endLiteral(literal, needs);
            if (minimum != 0) needs.add(atom.read().need());
        }
        endLiteral(literal, needs);
        return new Read(Need.all(needs), first, nullable);
    }

    private static void endLiteral(StringBuilder literal, List<Need> needs) {
        if (!literal.toString().isBlank()) needs.add(new Need.Literal(literal.toString()));
        literal.setLength(0);
    }

    private Atom atom() {
        char c = t.charAt(at++);
        return switch (c) {
            case '(' -> group();
            case '[' -> charClass();
            case '\\' -> escape();
            case '{' -> piece();
            case '.' -> Atom.opaque(Initials.ANY);
            case '^', '$' -> Atom.zeroWidth();
            default -> Atom.character(Initials.of(String.valueOf(c)), Stretch.lower(c));
        };
    }

    private Atom group() {
        boolean lookaround = false;
        if (t.startsWith("?:", at)) {
            at += 2;
        } else if (t.startsWith("?=", at) || t.startsWith("?!", at)) {
            at += 2;
            lookaround = true;
        } else if (t.startsWith("?<=", at) || t.startsWith("?<!", at)) {
            at += 3;
            lookaround = true;
        } else if (t.startsWith("?<", at)) {
            int close = t.indexOf('>', at);
            if (close < 0) throw new IllegalStateException("unclosed group name at " + at + " in " + t);
            at = close + 1;
        } else if (t.startsWith("?", at)) {
            // Flags such as (?i) would change what a literal means: refuse rather than guess.
            throw new IllegalStateException("unsupported group (" + t.substring(at) + " in " + t);
        }
        Read inside = alternation();
        if (atEnd() || t.charAt(at) != ')') throw new IllegalStateException("unclosed ( in " + t);
        at++;
        // A look-around takes no characters: what the match begins with comes after it.
        return lookaround ? Atom.zeroWidth() : new Atom(inside, (char) 0);
    }

    /**
     * A class is one fixed character only as one letter in both cases ({@code [Ll]}); it begins
     * with its characters and ranges, or, negated or holding a property, with anything.
     */
    private Atom charClass() {
        int start = at;
        int depth = 1;
        while (depth > 0) {
            if (atEnd()) throw new IllegalStateException("unclosed [ in " + t);
            char c = t.charAt(at++);
            if (c == '\\') at++;
            else if (c == '[') depth++;
            else if (c == ']') depth--;
        }
        String body = t.substring(start, at - 1);
        Initials first = classInitials(body);
        if (body.length() == 2 && Character.isLetter(body.charAt(0)) && body.charAt(0) != body.charAt(1)
                && Stretch.lower(body.charAt(0)) == Stretch.lower(body.charAt(1))) {
            return Atom.character(first, Stretch.lower(body.charAt(0)));
        }
        return Atom.opaque(first);
    }

    private static Initials classInitials(String body) {
        if (body.startsWith("^") || body.contains("[") || body.contains("&&")) return Initials.ANY;
        Initials first = Initials.NONE;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                char e = body.charAt(++i);
                if (e == 'd') first = first.or(Initials.DIGITS);
                else if (e == 's') first = first.or(Initials.SPACES);
                else if (Character.isLetterOrDigit(e)) return Initials.ANY;
                else first = first.or(Initials.of(String.valueOf(e)));
            } else if (i + 2 < body.length() && body.charAt(i + 1) == '-' && body.charAt(i + 2) != '\\') {
                first = first.or(Initials.range(c, body.charAt(i + 2)));
                i += 2;
            } else {
                first = first.or(Initials.of(String.valueOf(c)));
            }
        }
        return first;
    }

    private Atom escape() {
        char c = t.charAt(at++);
        if (c == 'p' || c == 'P') {
            at = t.charAt(at) == '{' ? t.indexOf('}', at) + 1 : at + 1;
            return Atom.opaque(Initials.ANY);
        }
        if (c == 'Q') return quoted();
        // \b, \s, \d and the like match more than one character, or none.
        return switch (c) {
            case 'b', 'B' -> Atom.zeroWidth();
            case 'd' -> Atom.opaque(Initials.DIGITS);
            case 's' -> Atom.opaque(Initials.SPACES);
            default -> Character.isLetterOrDigit(c) ? Atom.opaque(Initials.ANY)
                    : Atom.character(Initials.of(String.valueOf(c)), Stretch.lower(c));
        };
    }

    /** {@code \\Q.\\E}, as the word lists quote a full stop: one character stands for itself; more begin with their first. */
    private Atom quoted() {
        int end = t.indexOf("\\E", at);
        if (end < 0) throw new IllegalStateException("unclosed \\Q in " + t);
        String q = t.substring(at, end);
        at = end + 2;
        if (q.isEmpty()) return Atom.zeroWidth();
        Initials first = Initials.of(q.substring(0, 1));
        return q.length() == 1 ? Atom.character(first, Stretch.lower(q.charAt(0))) : Atom.opaque(first);
    }

    private Atom piece() {
        int close = t.indexOf('}', at);
        // "{MONTH2}" is a month like "{MONTH}": the digit only names the second date's groups.
        String name = t.substring(at, close).replaceAll("[23]$", "");
        at = close + 1;
        Read read = pieces.get(name);
        if (read == null) throw new IllegalStateException("unknown piece {" + name + "} in " + t);
        return new Atom(read, (char) 0);
    }

    /** Reads a quantifier, with its lazy or possessive mark, if one follows: its minimum, or {@link #UNQUANTIFIED}. */
    private int quantifier() {
        if (atEnd()) return UNQUANTIFIED;
        char c = t.charAt(at);
        int minimum;
        if (c == '?' || c == '*') {
            minimum = 0;
            at++;
        } else if (c == '+') {
            minimum = 1;
            at++;
        } else if (c == '{' && at + 1 < t.length() && Character.isDigit(t.charAt(at + 1))) {
            int close = t.indexOf('}', at);
            minimum = Integer.parseInt(t.substring(at + 1, close).split(",", -1)[0]);
            at = close + 1;
        } else {
            return UNQUANTIFIED;
        }
        if (!atEnd() && (t.charAt(at) == '?' || t.charAt(at) == '+')) at++;
        return minimum;
    }
}
