package vn.tindex.app.batch;

import java.io.IOException;
import java.nio.file.Path;
import vn.tindex.index.IndexedTexts;
import vn.tindex.ingest.TextFingerprint;
import vn.tindex.model.Article;

/**
 * What an import already has, so that each article ends up in the index exactly once: the id and text fingerprint
 * ({@link TextFingerprint}) of every committed article, and of every article admitted in this run. Decides, in the
 * order the articles are read, what becomes of each one. Because the decision depends only on the committed index
 * and the order of the inputs, an import that was killed and is run again decides the same way, and skips what was
 * committed before. Used by the reading thread only.
 */
final class ImportLedger {
    /** What becomes of an article. */
    enum Decision {
        /** Not in the index: extract and add. */
        NEW,
        /** In the index with another text: extract and replace. */
        REPLACED,
        /** In the index with the same text: skip (a resumed import skips what was committed). */
        UNCHANGED,
        /** Its id (its URL, or its text when it has none) came earlier in this run: skip. */
        DUPLICATE_URL,
        /** The same text under another id is in the index or came earlier in this run: skip. */
        DUPLICATE_TEXT
    }

    private final LongLongMap indexed = new LongLongMap();    // id -> fingerprint, committed before this run
    private final LongLongMap textOwner = new LongLongMap();  // fingerprint -> id, committed or admitted
    private final LongLongMap seen = new LongLongMap();       // ids met in this run
    private final boolean force;

    /** An empty ledger; with {@code force}, articles already in the index unchanged are extracted again. */
    ImportLedger(boolean force) {
        this.force = force;
    }

    /** A ledger of what the index in {@code dir} holds (its last commit). */
    static ImportLedger of(Path dir, boolean force) throws IOException {
        ImportLedger ledger = new ImportLedger(force);
        IndexedTexts.forEach(dir, ledger::remember);
        return ledger;
    }

    /** Notes an article the index holds. */
    void remember(String id, String text) {
        long key = TextFingerprint.idBits(id);
        long print = TextFingerprint.of(text);
        indexed.put(key, print);
        textOwner.put(print, key);
    }

    /** Articles in the index when the ledger was read. */
    int indexedCount() {
        return indexed.size();
    }

    /** Decides about the next article read, and remembers it. */
    Decision decide(Article article) {
        long id = TextFingerprint.idBits(article.id());
        long print = TextFingerprint.of(article.text());
        if (seen.containsKey(id)) {
            return Decision.DUPLICATE_URL;
        }
        seen.put(id, 1);
        boolean known = indexed.containsKey(id);
        if (textOwner.containsKey(print) && textOwner.get(print, 0) != id) {
            return Decision.DUPLICATE_TEXT;
        }
        if (!known) {
            textOwner.put(print, id);
            return Decision.NEW;
        }
        long before = indexed.get(id, 0);
        if (before == print) {
            return force ? Decision.REPLACED : Decision.UNCHANGED;
        }
        if (textOwner.get(before, 0) == id) {
            textOwner.remove(before);
        }
        textOwner.put(print, id);
        return Decision.REPLACED;
    }
}
