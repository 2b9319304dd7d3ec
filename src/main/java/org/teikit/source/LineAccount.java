package org.teikit.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the whole-file account of a parsed page: each line cut into the pieces that the header
 * values, the labels and chrome, and the body blocks cover, and every non-blank stretch that
 * none of them covers marked {@link SourceLine.Role#UNPLACED}. The account is made from what the
 * parser produced, not from what it meant to do, so a line it forgot shows up.
 */
final class LineAccount {
    private record Piece(int start, int end, SourceLine.Role role, String detail) { }

    private LineAccount() { }

    static List<SourceLine> of(Page page, Map<HeaderBuilder.Slot, Field> fields, List<Field> furniture, List<Block> body) {
        List<Piece> pieces = new ArrayList<>();
        fields.forEach((slot, f) -> pieces.add(new Piece(f.offset(), f.offset() + f.text().length(),
                SourceLine.Role.HEADER, slot.name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        for (Field f : furniture) {
            String label = FieldLabel.of(f.text(), true).map(l -> l.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse(null);
            pieces.add(new Piece(f.offset(), f.offset() + f.text().length(),
                    label != null ? SourceLine.Role.LABEL : SourceLine.Role.FURNITURE, label != null ? label : "site"));
        }
        for (Block b : body) {
            pieces.add(new Piece(b.offset(), b.offset() + b.text().length(), SourceLine.Role.BODY,
                    b.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        pieces.sort(Comparator.comparingInt(Piece::start).thenComparingInt(Piece::end));
        String text = page.source().text();
        List<SourceLine> account = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < page.size(); i++) {
            Line line = page.line(i);
            if (line.isBlank()) continue;
            while (k < pieces.size() && pieces.get(k).end() <= line.start()) k++;
            int cursor = line.start();
            for (int j = k; j < pieces.size() && pieces.get(j).start() < line.end(); j++) {
                Piece p = pieces.get(j);
                int s = Math.max(line.start(), p.start());
                int e = Math.min(line.end(), p.end());
                if (e <= cursor) continue;
                add(account, page, text, i, cursor, s, SourceLine.Role.UNPLACED, "");
                add(account, page, text, i, Math.max(cursor, s), e, p.role(), p.detail());
                cursor = e;
            }
            add(account, page, text, i, cursor, line.end(), SourceLine.Role.UNPLACED, "");
        }
        return account;
    }

    /** Adds the piece [{@code s}, {@code e}) of line {@code i}, trimmed; a blank piece is nothing to account for. */
    private static void add(List<SourceLine> account, Page page, String text, int i, int s, int e,
                            SourceLine.Role role, String detail) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (s >= e) return;
        SourceText source = page.source();
        account.add(new SourceLine(source.lineOf(s), source.columnOf(s), s, e - s, role, detail));
    }
}
