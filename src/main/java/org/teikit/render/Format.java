package org.teikit.render;

/** What a document is rendered to, and the file extension that says so. */
public enum Format {
    HTML("html"),
    TEXT("txt");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
