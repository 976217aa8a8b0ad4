package vn.tindex.index;

/** One facet value ({@code Sở Y tế tỉnh Hà Giang}, {@code 2020}) and the number of matching articles with it. */
public record FacetCount(String label, long count) {
    public FacetCount {
        if (label == null) {
            throw new IllegalArgumentException("label must not be null");
        }
    }
}
