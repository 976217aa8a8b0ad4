package vn.tindex.spark;

import vn.tindex.extract.Extractor;

/**
 * The one {@link Extractor} of an executor JVM: rules, gazetteers and the CRF model load when the first task needs
 * them, once, and every task of the executor shares it (an Extractor is thread-safe after construction).
 */
final class Extractors {
    private Extractors() {}

    private static final class Holder {
        static final Extractor EXTRACTOR = new Extractor();
    }

    static Extractor get() {
        return Holder.EXTRACTOR;
    }
}
