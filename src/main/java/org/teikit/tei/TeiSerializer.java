package org.teikit.tei;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import nu.xom.Document;
import nu.xom.Serializer;

/** TEI documents as UTF-8 bytes with LF line ends: the same document always gives the same bytes. */
public final class TeiSerializer {
    private TeiSerializer() { }

    public static byte[] toBytes(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Serializer s = new Serializer(out, "UTF-8");
            s.setLineSeparator("\n");
            s.write(doc);
            s.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
