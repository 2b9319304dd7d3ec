package org.teikit.annotate.entity;

import java.util.Locale;

/**
 * A word or a punctuation mark of a text, with its offsets.
 *
 * @param text        the characters, as in the text
 * @param start       offset of the first character
 * @param end         one past the last character
 * @param lineStart   whether a line break stands between this token and the one before: names and
 *                    organisations never run across the lines of a letterhead
 */
public record Token(String text, int start, int end, boolean lineStart) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    /** Starts with an upper-case letter ("Moscow", "DPRK", "Ü"). */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, none lower-case ("USSR", "KIM"); digits allowed after the first. */
    public boolean isAllCaps() {
        if (text.length() < 2 || !Character.isLetter(text.charAt(0))) return false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) return false;
        }
        return true;
    }

    public boolean isLowerCase() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    public boolean isDigits() {
        return text.chars().allMatch(Character::isDigit);
    }

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
