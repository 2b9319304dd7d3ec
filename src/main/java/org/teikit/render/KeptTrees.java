package org.teikit.render;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.jspecify.annotations.Nullable;

/**
 * Documents' trees kept from their first reading (checking, summary) until their pages are
 * written, so that a build parses each file once. Only as many as fit a share of the heap are
 * kept; a page whose tree was not kept reads its file again. Thread-safe.
 */
public final class KeptTrees {
    /** A tree takes a few times its file's bytes (node arrays, names, text): guessed high, as it cannot be weighed. */
    private static final long TREE_BYTES_PER_FILE_BYTE = 4;
    /** The share of the heap trees may take: the rest is the transformations' while pages are written. */
    private static final long HEAP_SHARE = 6;

    private final long budget;
    private final Map<Path, XdmNode> trees = new HashMap<>();
    private final Map<Path, Long> costs = new HashMap<>();
    private long used;

    /** Keeps trees up to {@code budget} bytes (as guessed from their files' sizes). */
    public KeptTrees(long budget) {
        this.budget = budget;
    }

    /** Keeps trees up to a sixth of the heap this JVM may grow to. */
    public static KeptTrees withinHeap() {
        return new KeptTrees(Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    /** Keeps {@code tree}, read from a file of {@code fileBytes} bytes, if it fits; returns whether it was kept. */
    public synchronized boolean keep(Path file, XdmNode tree, long fileBytes) {
        long cost = fileBytes * TREE_BYTES_PER_FILE_BYTE;
        Long before = costs.remove(file);
        if (before != null) {
            trees.remove(file);
            used -= before;
        }
        if (used + cost > budget) return false;
        trees.put(file, tree);
        costs.put(file, cost);
        used += cost;
        return true;
    }

    /** The tree kept for {@code file}, no longer kept; null if there is none. */
    public synchronized @Nullable XdmNode take(Path file) {
        Long cost = costs.remove(file);
        if (cost != null) used -= cost;
        return trees.remove(file);
    }

    /** Lets every tree go (those no page asked for). */
    public synchronized void clear() {
        trees.clear();
        costs.clear();
        used = 0;
    }
}
