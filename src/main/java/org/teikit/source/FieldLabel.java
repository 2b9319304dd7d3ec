package org.teikit.source;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels under which archive pages give their metadata ("Citation:", "Summary:", and in the
 * new site's "Document Information" block "Source", "Original Archive", …), each with the
 * metadata slot its value fills.
 */
enum FieldLabel {
    CITATION("citation", "to cite", "how to cite", "cite as", "cite this document"),
    SUMMARY("summary", "abstract"),
    CREDITS("credits"),
    ORIGINAL_LANGUAGE("original language", "language"),
    CONTENTS("contents"),
    SOURCE("source"),
    ORIGINAL_ARCHIVE("original archive", "archive"),
    RIGHTS("rights", "copyright"),
    CALL_NUMBER("call number", "shelfmark");

    private static final Pattern LABEL_LINE = Pattern.compile("^([\\p{L} ]{3,30}?)\\s*(:?)$");

    private final String[] spellings;

    FieldLabel(String... spellings) {
        this.spellings = spellings;
    }

    /**
     * The label a line consists of: "Summary:" (or "Summary" when {@code colonOptional}, as in the
     * new site's information block).
     */
    static Optional<FieldLabel> of(String line, boolean colonOptional) {
        Matcher m = LABEL_LINE.matcher(line);
        if (!m.matches() || (m.group(2).isEmpty() && !colonOptional)) return Optional.empty();
        String name = m.group(1).strip().toLowerCase(Locale.ROOT);
        for (FieldLabel label : values()) {
            for (String s : label.spellings) {
                if (s.equals(name)) return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** The label's spellings, lower case ("original language"). */
    java.util.List<String> spellings() {
        return java.util.List.of(spellings);
    }

    HeaderBuilder.Slot slot() {
        return HeaderBuilder.Slot.valueOf(name());
    }
}
