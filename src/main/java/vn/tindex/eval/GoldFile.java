package vn.tindex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import vn.tindex.codec.RecordJson;

/** One hand-checked annotation file of {@code corpus/gold/}: the article it describes, its split and its facts. */
public record GoldFile(Path path, String article, String split, JsonNode facts) {

    public static GoldFile read(Path path) throws IOException {
        JsonNode node = RecordJson.mapper().readTree(path.toFile());
        if (node == null || !node.hasNonNull("article")) {
            throw new IOException("no \"article\" field");
        }
        return new GoldFile(path, node.get("article").asText(), node.path("split").asText("train"), node);
    }
}
