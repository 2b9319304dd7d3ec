package org.teikit.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The byte-order marks that name a file's encoding. Longer marks first: UTF-32LE begins like UTF-16LE. */
enum ByteOrderMark {
    UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
    UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
    UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
    UTF_16BE("UTF-16BE", 0xFE, 0xFF),
    UTF_16LE("UTF-16LE", 0xFF, 0xFE);

    private final String charsetName;
    private final int[] bytes;

    ByteOrderMark(String charsetName, int... bytes) {
        this.charsetName = charsetName;
        this.bytes = bytes;
    }

    /** The mark the bytes start with, if any whose charset this JVM can decode. */
    static Optional<ByteOrderMark> of(byte[] data) {
        for (ByteOrderMark bom : values()) {
            if (bom.startsThe(data) && Charset.isSupported(bom.charsetName)) return Optional.of(bom);
        }
        return Optional.empty();
    }

    private boolean startsThe(byte[] data) {
        if (data.length < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) {
            if ((data[i] & 0xFF) != bytes[i]) return false;
        }
        return true;
    }

    int length() {
        return bytes.length;
    }

    Charset charset() {
        return this == UTF_8 ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
    }

    /** Whether the encoding has a NUL byte in most characters, so NUL bytes say nothing about binary data. */
    boolean isWide() {
        return this != UTF_8;
    }
}
