package vn.tindex.model;

import java.util.List;

/**
 * An organization under its canonical name ({@code Sở Xây dựng tỉnh Lạng Sơn}); {@code shortName} is the common
 * short form (written as {@code short} in the record); {@code level} is central, province, district, commune or null.
 */
public record Agency(String name, String shortName, String level, List<Mention> mentions) {
    public Agency {
        Checks.required(name, "name");
        mentions = Checks.list(mentions);
    }
}
