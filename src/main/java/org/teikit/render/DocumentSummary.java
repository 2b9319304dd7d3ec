package org.teikit.render;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a corpus site keeps of one document once its page is written: the index entry, the
 * register entries it mentions and every mention with a little context. Made by
 * {@code xslt/summary.xsl}.
 *
 * <p>Its words and mentions are most of it (a play's thousands of speeches): a part of the site
 * that needs less reads one of the smaller views below, and the JSON parser skips the rest
 * without making objects of it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DocumentSummary(String title, String date, String iso, String sort, String summary, String source,
        String publisher, List<String> authors, String type, String words, List<Entry> entries, List<Mention> mentions,
        Map<String, List<String>> speeches) {

    DocumentSummary {
        authors = authors == null ? List.of() : authors;
        type = type == null ? "" : type;
        words = words == null ? "" : words;
        speeches = speeches == null ? Map.of() : speeches;
        mentions = mentions == null ? List.of() : mentions;
    }


    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * @param id      the entry's key within the document, as its mentions name it
     * @param corpus  its id across the corpus, where mentions in all documents meet
     * @param group   what a register groups it under instead of its initial (a character's play), or ""
     * @param grouped "name" or "authority" when it was made from mentions without a register entry, else ""
     */
    record Entry(String id, String corpus, String group, String grouped, String kind, String name, String sort, String type,
            List<String> variants, List<String> roles, List<Authority> authorities, String note) {
        Entry {
            corpus = corpus == null || corpus.isEmpty() ? id : corpus;
            group = group == null ? "" : group;
            grouped = grouped == null ? "" : grouped;
        }
    }

    /** The mentions in context, then each speech as a mention of its speaker, with no words around it. */
    List<Mention> everyMention() {
        List<Mention> all = new ArrayList<>(mentions);
        speeches.forEach((entry, anchors) -> anchors.forEach(a -> all.add(new Mention(entry, a, "", "", ""))));
        return all;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Authority(String label, String href) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mention(String entry, String anchor, String text, String before, String after) { }

    /** The index row: everything but the words and the mentions. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing(String title, String date, String iso, String sort, String summary, String source,
            String publisher, List<String> authors, String type, List<Entry> entries) {
        Listing {
            authors = authors == null ? List.of() : authors;
            type = type == null ? "" : type;
        }
    }

    /** What the registers count: the entries, the entry each mention names, and the speeches of each cast entry. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Counts(List<Entry> entries, List<Named> mentions, Map<String, List<String>> speeches) {
        Counts {
            speeches = speeches == null ? Map.of() : speeches;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Named(String entry) { }

    /** What the search index needs: the document's search words, parted by single spaces. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Words(String words) {
        List<String> list() {
            return words == null || words.isEmpty() ? List.of() : List.of(words.split(" "));
        }
    }
}
