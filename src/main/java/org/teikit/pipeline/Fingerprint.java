package org.teikit.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.teikit.InputException;

/** SHA-256 of content, in hex: how a build tells whether an input or a setting changed since the last run. */
public final class Fingerprint {
    private Fingerprint() { }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String ofFile(Path file) {
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the file: " + e.getMessage(), "check the path and its permissions");
        }
    }
}
