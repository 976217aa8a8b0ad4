package vn.tindex.extract.agency;

/**
 * A place that gives a body its jurisdiction: a province, district or commune, with the word the genre writes
 * before its name ({@code tỉnh}, {@code thành phố}, {@code huyện}, {@code xã}, ...).
 */
public record Place(String level, String prefix, String name, String province) {
    /** "tỉnh Lạng Sơn", "huyện Lộc Bình". */
    public String written() {
        return prefix + " " + name;
    }
}
