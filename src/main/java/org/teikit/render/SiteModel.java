package org.teikit.render;

import java.util.List;
import java.util.Map;

/**
 * The corpus as the index and register pages show it ({@code xslt/site.xsl} reads it as JSON):
 * the documents in date order, and per register the entries with their mentions by document.
 */
record SiteModel(List<Document> documents, Map<String, List<Entry>> registers) {

    record Document(String page, String title, String date, String iso, String sort, String summary,
            String source, List<String> names) { }

    record Entry(String id, String kind, String name, String sort, String type, List<String> variants,
            List<String> roles, List<DocumentSummary.Authority> authorities, String note, int total,
            List<Occurrence> documents) { }

    record Occurrence(String page, String title, String date, List<Mention> mentions) { }

    record Mention(String anchor, String text, String before, String after) { }
}
