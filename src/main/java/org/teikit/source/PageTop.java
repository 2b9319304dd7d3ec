package org.teikit.source;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.teikit.source.HeaderBuilder.Slot;

/**
 * What a page copy carries above the document's text when it has no labels: menus, search box,
 * breadcrumbs, buttons and banners (furniture), the date line, the title, the credits sentence,
 * a citation, and on some pages the summary; in any order, with furniture between them. The top
 * ends after its last such mark (furniture, an unfilled date, the credits, a citation); the
 * first other line above that is the title, a later sentence the summary. A line repeating the
 * title (the breadcrumb's last entry) is furniture. The marks are looked for only above the
 * document's second sentence, so furniture-like words in the text never pull it into the header.
 */
final class PageTop {
    private static final int MAX_TOP_LINES = 60;
    private static final int MAX_TITLE_CHARS = 200;

    private PageTop() { }

    /** Reads the top of lines [{@code from}, {@code limit}) into {@code header}; returns where the body starts. */
    static int read(Page page, int from, int limit, HeaderBuilder header) {
        int end = topEnd(page, from, limit, header);
        List<Line> lines = new ArrayList<>();
        for (int i = from; i < end; i++) {
            if (!page.line(i).isBlank()) lines.add(page.line(i));
        }
        // What each line is, decided before anything is given to the header: a line the top
        // cannot place ends it there, and the lines below it stay for the body, marks included.
        // Each slot is promised once, so no line is offered to a slot another line has taken.
        List<Runnable> apply = new ArrayList<>();
        Set<Slot> taken = EnumSet.noneOf(Slot.class);
        for (Slot slot : Slot.values()) {
            if (header.has(slot)) taken.add(slot);
        }
        boolean furniture = false;
        boolean dated = false;
        int cut = end;
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            String text = line.text();
            FieldLabel label = FieldLabel.of(text, true).orElse(null);
            if (label != null && k + 1 < lines.size() && !taken.contains(label.slot())
                    && FieldLabel.of(lines.get(k + 1).text(), true).isEmpty()
                    && !SiteChrome.isFurniture(lines.get(k + 1).text())) {
                // "Summary" above its value: the label is furniture, the next line its value.
                Line value = lines.get(++k);
                taken.add(label.slot());
                apply.add(() -> header.furniture(line));
                apply.add(() -> header.offer(label.slot(), value.field()));
                continue;
            }
            if (SiteChrome.isFurniture(text)
                    || (SiteChrome.mayBePlacedFurniture(text) && (repeatedBelow(lines, k) || isNavigationEntry(lines, k)))) {
                apply.add(() -> header.furniture(line));
                furniture = true;
                continue;
            }
            Slot slot = slotOf(text, taken);
            if (slot == null) {
                cut = line.index();
                break;
            }
            taken.add(slot);
            dated |= slot == Slot.DATE;
            apply.add(() -> header.offer(slot, line.field()));
        }
        apply.forEach(Runnable::run);
        int body = page.nextContent(cut, limit);
        if (!taken.contains(Slot.TITLE) && !taken.contains(Slot.CITATION) && cut == end && (furniture || dated)
                && isHeading(page, body, limit)) {
            // The top was furniture (or the date line) and the title stands below it, above the text.
            header.offer(Slot.TITLE, page.line(body).field());
            body = page.nextContent(body + 1, limit);
        }
        return body;
    }

    /** The slot a line of the top fills, among those not taken: the date, credits, a citation, the title, the summary. */
    private static Slot slotOf(String text, Set<Slot> taken) {
        if (!taken.contains(Slot.DATE) && DateShape.isDate(text)) return Slot.DATE;
        if (!taken.contains(Slot.CREDITS) && SiteChrome.isCredits(text)) return Slot.CREDITS;
        if (!taken.contains(Slot.CITATION) && PageTail.isBareCitation(text)) return Slot.CITATION;
        if (!taken.contains(Slot.TITLE)) return Slot.TITLE;
        if (!taken.contains(Slot.SUMMARY) && Sentence.isProse(text)) return Slot.SUMMARY;
        return null;
    }

    /**
     * A menu or breadcrumb entry rather than the title: a line after a breadcrumb's separator
     * ("»", "/"), or one with furniture on both sides of it.
     */
    private static boolean isNavigationEntry(List<Line> lines, int k) {
        if (k == 0) return false;
        String before = lines.get(k - 1).text();
        if (SiteChrome.isSeparator(before)) return true;
        return k + 1 < lines.size() && SiteChrome.isFurniture(before) && SiteChrome.isFurniture(lines.get(k + 1).text());
    }

    /** A title-like line with more text below it: short, no sentence, not a date. */
    private static boolean isHeading(Page page, int i, int limit) {
        if (i >= limit) return false;
        String text = page.line(i).text();
        int next = page.nextContent(i + 1, limit);
        return next < limit && text.length() <= MAX_TITLE_CHARS && !DateShape.isDate(text)
                && !text.matches("(?s).*[.:;,!?]") && !SiteChrome.isFurniture(text);
    }

    /** The line after the last mark of the top, or {@code from} when the region opens with the text. */
    private static int topEnd(Page page, int from, int limit, HeaderBuilder header) {
        int end = from;
        int prose = 0;
        boolean date = header.has(Slot.DATE);
        boolean credits = header.has(Slot.CREDITS);
        int stop = Math.min(limit, from + MAX_TOP_LINES);
        for (int i = from; i < stop; i++) {
            String text = page.line(i).text();
            if (text.isEmpty()) continue;
            boolean mark = SiteChrome.isFurniture(text) || FieldLabel.of(text, true).isPresent()
                    || (!date && DateShape.isDate(text))
                    || (!credits && SiteChrome.isCredits(text))
                    || PageTail.isBareCitation(text);
            if (mark) {
                end = i + 1;
                date |= DateShape.isDate(text);
                credits |= SiteChrome.isCredits(text);
            } else if (Sentence.isProse(text) && ++prose >= 2) {
                break;
            }
        }
        return end;
    }

    private static boolean repeatedBelow(List<Line> lines, int k) {
        return lines.subList(k + 1, lines.size()).stream().anyMatch(lines.get(k)::sameWords);
    }
}
