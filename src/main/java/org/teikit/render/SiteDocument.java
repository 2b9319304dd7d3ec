package org.teikit.render;

/** A document of a corpus site as the corpus pages know it: its row in the index, and where its summary is. */
record SiteDocument(CorpusSite.Member member, SiteModel.Document row) {
    String page() {
        return row.page();
    }
}
