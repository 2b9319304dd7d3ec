package org.teikit.render;

/** The documents before and after one in a corpus by date: page names and titles, "" for none. */
public record Neighbours(String prevHref, String prevTitle, String nextHref, String nextTitle) {
    static final Neighbours NONE = new Neighbours("", "", "", "");
}
