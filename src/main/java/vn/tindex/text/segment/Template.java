package vn.tindex.text.segment;

/**
 * The feature templates of {@link SyllableFeatures}. A feature's name is the template's prefix followed by its value
 * ({@code w0|tịch}). Templates with few values ({@code codes > 0}) also have an integer code for each value, so the
 * decoder reads their weights from an array instead of hashing a string.
 */
enum Template {
    BIAS("#", 0), W0("w0|", 0), WM1("w-1|", 0), WP1("w+1|", 0), WM2("w-2|", 0), WP2("w+2|", 0),
    BM1("b-1|", 0), BP1("b+1|", 0), BM2("b-2|", 0), BP2("b+2|", 0), TRI("t|", 0),
    SHAPE("s|", 216), SHAPE_LEFT("s-|", 36),
    DICT_BEGIN("db|", 32), DICT_END("de|", 32), DICT_INSIDE("di|", 32), DICT_ALL("dx|", 32 * 32 * 32),
    PAIR_JOINED("pj|", 16), PAIR_NEXT("pn|", 16), ALONE("u|", 16), FIRST_LAST("fl|", 36), ALONE_ALONE("aa|", 36),
    NAME("n|", 0), PHRASE("ph|", 0), SURNAME("sn|", 0), REDUPLICATION("rd|", 0);

    /** The templates with integer codes, in the order of {@link SyllableFeatures#codes}. */
    static final Template[] CODED = {SHAPE, SHAPE_LEFT, DICT_BEGIN, DICT_END, DICT_INSIDE, DICT_ALL,
        PAIR_JOINED, PAIR_NEXT, ALONE, FIRST_LAST, ALONE_ALONE};

    final String prefix;
    final int codes;

    Template(String prefix, int codes) {
        this.prefix = prefix;
        this.codes = codes;
    }

    /** The template of a feature name, or null. */
    static Template of(String feature) {
        if (feature.equals(BIAS.prefix)) {
            return BIAS;
        }
        int bar = feature.indexOf('|');
        if (bar < 0) {
            return null;
        }
        String prefix = feature.substring(0, bar + 1);
        for (Template t : values()) {
            if (t.prefix.equals(prefix)) {
                return t;
            }
        }
        return null;
    }

    /** Receives features as template and value. */
    interface Sink {
        void feature(Template template, String value);
    }
}
