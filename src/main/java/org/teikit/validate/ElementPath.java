package org.teikit.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open elements while a file streams past: for each, where it started, its XPath, and
 * whether it has content yet. Iterative throughout, so a file nested a million deep costs
 * memory, not stack.
 */
final class ElementPath {

    /** One open element. */
    static final class Frame {
        final Frame parent;
        final String uri;
        final String local;
        final int line;
        final int column;
        private final int index;
        private Map<String, Integer> childCounts;
        private String xpath;
        boolean hasText;
        boolean hasChildren;

        private Frame(Frame parent, String uri, String local, int line, int column, int index) {
            this.parent = parent;
            this.uri = uri;
            this.local = local;
            this.line = line;
            this.column = column;
            this.index = index;
        }

        boolean isTei() {
            return XPaths.TEI_NS.equals(uri);
        }

        /** No text but whitespace and no child element. */
        boolean isEmpty() {
            return !hasText && !hasChildren;
        }

        /** Built on demand and kept only here: caching every ancestor's would cost depth² on deep files. */
        String xpath() {
            if (xpath == null) {
                Deque<Frame> chain = new ArrayDeque<>();
                Frame f = this;
                while (f != null && f.xpath == null) {
                    chain.push(f);
                    f = f.parent;
                }
                StringBuilder sb = new StringBuilder(f == null ? "" : f.xpath);
                for (Frame c : chain) {
                    sb.append('/').append(XPaths.name(c.uri, c.local));
                    if (c.parent != null) sb.append('[').append(c.index).append(']');
                }
                xpath = sb.toString();
            }
            return xpath;
        }

        private int nextIndex(String key) {
            if (childCounts == null) childCounts = new HashMap<>();
            return childCounts.merge(key, 1, Integer::sum);
        }
    }

    private Frame current;
    private int depth;
    private int maxDepth;

    Frame push(String uri, String local, int line, int column) {
        int index = 1;
        if (current != null) {
            current.hasChildren = true;
            // TEI elements are keyed by local name alone, sparing a string per element; others by {uri}name.
            index = current.nextIndex(XPaths.TEI_NS.equals(uri) ? local : uri + '}' + local);
        }
        current = new Frame(current, uri, local, line, column, index);
        depth++;
        maxDepth = Math.max(maxDepth, depth);
        return current;
    }

    Frame pop() {
        Frame f = current;
        if (f != null) {
            current = f.parent;
            depth--;
        }
        return f;
    }

    Frame current() {
        return current;
    }

    int maxDepth() {
        return maxDepth;
    }

    String xpath() {
        return current == null ? "" : current.xpath();
    }

    void text(char[] ch, int start, int length) {
        if (current == null || current.hasText) return;
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                current.hasText = true;
                return;
            }
        }
    }

    /** The open elements, outermost first (for "the file ends inside <p> opened at line 12"). */
    List<Frame> open() {
        List<Frame> out = new ArrayList<>();
        for (Frame f = current; f != null; f = f.parent) out.add(f);
        java.util.Collections.reverse(out);
        return out;
    }
}
