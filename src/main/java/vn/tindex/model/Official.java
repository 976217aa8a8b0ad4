package vn.tindex.model;

import java.util.List;

/** A named person holding a post; {@code mentions} includes later references resolved to the person. */
public record Official(String name, String title, String organization, List<Mention> mentions) {
    public Official {
        Checks.required(name, "name");
        mentions = Checks.list(mentions);
    }
}
