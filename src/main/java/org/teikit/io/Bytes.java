package org.teikit.io;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * An immutable run of bytes with value equality — what a record holds instead of a {@code byte[]},
 * whose {@code equals} would compare identity. Thread-safe.
 */
public final class Bytes {
    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}: later changes to the array do not reach it. */
    public static Bytes copyOf(byte[] bytes) {
        return new Bytes(bytes.clone());
    }

    public int size() {
        return bytes.length;
    }

    /** A fresh copy of the bytes. */
    public byte[] toArray() {
        return bytes.clone();
    }

    /** The bytes decoded as {@code charset}. */
    public String decode(Charset charset) {
        return new String(bytes, charset);
    }

    /** The array itself, for this package's writers only: never changed, never handed on. */
    byte[] shared() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Bytes[" + bytes.length + "]";
    }
}
