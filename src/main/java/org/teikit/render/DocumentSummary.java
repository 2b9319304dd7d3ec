package org.teikit.render;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What a corpus site keeps of one document once its page is written: the index entry, the
 * register entries it mentions and every mention with a little context. Made by
 * {@code xslt/summary.xsl}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DocumentSummary(String title, String date, String iso, String sort, String summary, String source,
        String publisher, List<Entry> entries, List<Mention> mentions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, String kind, String name, String sort, String type, List<String> variants,
            List<String> roles, List<Authority> authorities, String note) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Authority(String label, String href) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mention(String entry, String anchor, String text, String before, String after) { }
}
