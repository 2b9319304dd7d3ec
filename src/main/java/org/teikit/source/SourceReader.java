package org.teikit.source;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.teikit.InputException;

/**
 * Reads a text file into a {@link SourceText}, or refuses it with one line the user can act on.
 *
 * <p>In "auto" mode a byte-order mark names the encoding (UTF-8, UTF-16, UTF-32) and anything
 * else must be UTF-8; an explicit charset (the command line's {@code --encoding}) is used as
 * given. Nothing is ever guessed: bytes that do not decode are an error naming their offset.
 */
public final class SourceReader {
    /** The {@code --encoding} value that means: byte-order mark, else UTF-8. */
    public static final String AUTO = "auto";

    /**
     * Larger files are refused at once rather than after minutes of work and a heap many times
     * their size (the text is held as text, as spans, as a TEI tree and as bytes): an archive
     * record is rarely over 1 MB, and a bigger file is nearly always many records in one.
     */
    static final long MAX_BYTES = 16L << 20;

    private final Charset charset;

    private SourceReader(Charset charset) {
        this.charset = charset;
    }

    /** Byte-order mark, else UTF-8. */
    public static SourceReader auto() {
        return new SourceReader(null);
    }

    /** Exactly this charset (a byte-order mark of it is still dropped). */
    public static SourceReader of(Charset charset) {
        return new SourceReader(Objects.requireNonNull(charset, "charset"));
    }

    /** "auto" or a charset name such as "windows-1252", as typed after {@code --encoding}. */
    public static SourceReader forEncoding(String encoding) {
        if (encoding == null || encoding.equalsIgnoreCase(AUTO)) return auto();
        try {
            return of(Charset.forName(encoding.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException(null, "unknown encoding '" + encoding + "'",
                    "use auto, UTF-8, windows-1252, iso-8859-1, UTF-16LE or another Java charset name");
        }
    }

    public SourceText read(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new InputException(name, "no such file", "check the path and the file name");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(name, "is a directory, not a text file", "give the .txt file itself");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(name, "is not a regular file", "give a plain-text (.txt) file");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(name, String.format(Locale.ROOT,
                        "the file is too large (%d MB; teikit reads files up to %d MB)", size >> 20, MAX_BYTES >> 20),
                        "split it into one file per document (one archive record each)");
            }
            return decode(name, Files.readAllBytes(path));
        } catch (AccessDeniedException e) {
            throw new InputException(name, "cannot read the file: permission denied", "check its permissions");
        } catch (IOException e) {
            throw new InputException(name, "cannot read the file: " + e.getMessage(), "check that it exists and is readable", e);
        }
    }

    /** Decodes the bytes of a file; {@code name} is what messages call it. */
    public SourceText decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InputException(name, "the file is empty", "export the document's text into it, or leave it out");
        }
        Optional<String> format = BinarySniffer.knownFormat(bytes);
        if (format.isPresent()) {
            throw new InputException(name, "is not a text file: it is " + format.get(),
                    "give the plain-text export (.txt) of the document");
        }
        Optional<ByteOrderMark> bom = ByteOrderMark.of(bytes);
        Charset cs = charset;
        int skip = 0;
        if (cs == null && bom.isPresent()) {
            cs = bom.get().charset();
            skip = bom.get().length();
        } else if (cs == null) {
            cs = StandardCharsets.UTF_8;
        }
        if (!isWide(cs)) refuseBinary(name, bytes);
        CharBuffer chars = StrictDecoder.decode(name, bytes, skip, cs);
        String text = TextNormaliser.normalise(name, chars);
        if (text.isBlank()) {
            throw new InputException(name, text.isEmpty() ? "the file holds no text" : "the file holds only whitespace",
                    "export the document's text into it, or leave it out");
        }
        return SourceText.of(name, text);
    }

    private static boolean isWide(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }

    private static void refuseBinary(String name, byte[] bytes) {
        switch (BinarySniffer.judgeNulBytes(bytes)) {
            case BINARY -> throw new InputException(name, "is not a text file: it holds binary data (NUL bytes)",
                    "give the plain-text export (.txt) of the document");
            case UTF16_LE -> throw new InputException(name, "looks like UTF-16 text without a byte-order mark",
                    "rerun with --encoding UTF-16LE, or save the file as UTF-8");
            case UTF16_BE -> throw new InputException(name, "looks like UTF-16 text without a byte-order mark",
                    "rerun with --encoding UTF-16BE, or save the file as UTF-8");
            case TEXT -> { }
        }
    }
}
