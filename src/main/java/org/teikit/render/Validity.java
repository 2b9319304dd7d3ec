package org.teikit.render;

/**
 * What checking a document found, as its page and the index show it: nothing to say, not valid
 * (published all the same, flagged), or not checked against the schema it declares (that schema
 * is not on this machine).
 *
 * @param state   {@link #VALID}, {@link #INVALID} or {@link #UNCHECKED}
 * @param message one line for the reader; empty when valid
 */
public record Validity(String state, String message) {
    public static final String VALID = "valid";
    public static final String INVALID = "invalid";
    public static final String UNCHECKED = "unchecked";
    public static final Validity OK = new Validity(VALID, "");

    public Validity {
        state = state == null || state.isEmpty() ? VALID : state;
        message = message == null ? "" : message;
    }

    public boolean invalid() {
        return INVALID.equals(state);
    }

    public boolean unchecked() {
        return UNCHECKED.equals(state);
    }
}
