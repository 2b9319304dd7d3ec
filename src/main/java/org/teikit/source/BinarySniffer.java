package org.teikit.source;

import java.util.List;
import java.util.Optional;

/**
 * Tells binary files from text before anyone tries to decode them, so that a PNG handed to
 * {@code encode} gets "this is a PNG image" rather than a confusing decoding error.
 */
final class BinarySniffer {

    private record Magic(String what, int... bytes) {
        boolean matches(byte[] data) {
            if (data.length < bytes.length) return false;
            for (int i = 0; i < bytes.length; i++) {
                if ((data[i] & 0xFF) != bytes[i]) return false;
            }
            return true;
        }
    }

    private static final List<Magic> MAGIC = List.of(
            new Magic("a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            new Magic("a JPEG image", 0xFF, 0xD8, 0xFF),
            new Magic("a GIF image", 'G', 'I', 'F', '8'),
            new Magic("a TIFF image", 'I', 'I', 0x2A, 0x00),
            new Magic("a TIFF image", 'M', 'M', 0x00, 0x2A),
            new Magic("a PDF document", '%', 'P', 'D', 'F', '-'),
            new Magic("a ZIP archive (or a Word/OpenDocument file)", 'P', 'K', 0x03, 0x04),
            new Magic("a ZIP archive", 'P', 'K', 0x05, 0x06),
            new Magic("a gzip archive", 0x1F, 0x8B),
            new Magic("a 7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            new Magic("an old Word/Excel document", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            new Magic("a program (ELF)", 0x7F, 'E', 'L', 'F'),
            new Magic("a Java class file", 0xCA, 0xFE, 0xBA, 0xBE));

    /** How much of the start is enough to judge, as in git's own text/binary test. */
    private static final int SAMPLE = 8000;

    private BinarySniffer() { }

    /** What kind of binary file the bytes are, from their first bytes' magic number. */
    static Optional<String> knownFormat(byte[] data) {
        return MAGIC.stream().filter(m -> m.matches(data)).map(Magic::what).findFirst();
    }

    /**
     * Judges the NUL bytes at the start of a file that has no byte-order mark. A stray NUL in
     * text is left for the decoder to report with its line and column; many NULs mean binary
     * data, and NULs in every other byte mean UTF-16 without a byte-order mark.
     */
    static Verdict judgeNulBytes(byte[] data) {
        int n = Math.min(data.length, SAMPLE);
        int nulEven = 0;
        int nulOdd = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                if (i % 2 == 0) nulEven++; else nulOdd++;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') control++;
        }
        int nul = nulEven + nulOdd;
        if (nul == 0) return Verdict.TEXT;
        if (n >= 4 && nul * 10 >= n * 3) {
            if (nulOdd * 10 >= nul * 9) return Verdict.UTF16_LE;
            if (nulEven * 10 >= nul * 9) return Verdict.UTF16_BE;
        }
        boolean mostlyControl = n >= 64 && control * 10 > n;
        return mostlyControl || nul > 8 ? Verdict.BINARY : Verdict.TEXT;
    }

    enum Verdict { TEXT, BINARY, UTF16_LE, UTF16_BE }
}
