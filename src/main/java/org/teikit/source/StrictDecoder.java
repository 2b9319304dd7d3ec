package org.teikit.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.teikit.InputException;

/**
 * Decodes bytes in one charset and refuses to guess: a byte sequence the charset does not
 * define is reported with its byte offset and the file's own line and column, never
 * replaced by U+FFFD (silent mojibake is worse than an error the user can act on).
 */
final class StrictDecoder {
    private StrictDecoder() { }

    static CharBuffer decode(String name, byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(initialCapacity(bytes.length - skip, decoder));
        CoderResult result;
        while ((result = decoder.decode(in, out, true)).isOverflow()) {
            out = grow(out);
        }
        if (result.isError()) {
            throw undecodable(name, bytes, in.position(), out, charset);
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        return out.flip();
    }

    private static int initialCapacity(int byteCount, CharsetDecoder decoder) {
        long wanted = (long) Math.ceil(byteCount * (double) decoder.averageCharsPerByte()) + 16;
        return (int) Math.min(wanted, Integer.MAX_VALUE - 16);
    }

    private static CharBuffer grow(CharBuffer out) {
        int capacity = out.capacity();
        if (capacity >= Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("decoded text exceeds the largest Java string");
        }
        CharBuffer bigger = CharBuffer.allocate((int) Math.min((long) capacity * 2 + 16, Integer.MAX_VALUE - 16));
        out.flip();
        bigger.put(out);
        return bigger;
    }

    private static InputException undecodable(String name, byte[] bytes, int at, CharBuffer decoded, Charset charset) {
        int line = 1;
        int column = 1;
        CharBuffer done = decoded.duplicate().flip();
        for (int i = 0; i < done.limit(); i++) {
            char c = done.get(i);
            if (i == 0 && c == '\uFEFF') continue;
            boolean crlf = c == '\r' && i + 1 < done.limit() && done.get(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        String message = String.format(Locale.ROOT, "not valid %s text: byte 0x%02X at byte offset %d",
                charset.name(), bytes[at] & 0xFF, at);
        String hint = charset.equals(StandardCharsets.UTF_8)
                ? "if the file is Latin-1 or Windows-1252, rerun with --encoding windows-1252 or --encoding iso-8859-1;"
                        + " otherwise save it as UTF-8"
                : "check the --encoding you gave, or save the file as UTF-8";
        return new InputException(name, line, column, message, hint);
    }
}
