package vn.tindex.eval;

/** Counts for one fact kind: true positives, false positives, misses, and the matched pairs whose attribute agreed. */
public final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int attributeChecked;
    int attributeAgreed;

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Title accuracy for officials, addressee accuracy for directives: over matched facts. */
    public double attributeAccuracy() {
        return ratio(attributeAgreed, attributeChecked);
    }

    public boolean hasAttribute() {
        return attributeChecked > 0;
    }

    public int gold() {
        return truePositives + falseNegatives;
    }

    public int predicted() {
        return truePositives + falsePositives;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? (a == 0 ? 1.0 : 0.0) : (double) a / b;
    }
}
