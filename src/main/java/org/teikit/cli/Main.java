package org.teikit.cli;

/** Entry point of {@code teikit.jar}; the commands come with the first whole version. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.err.println("teikit: not yet wired");
        System.exit(2);
    }
}
