package vn.tindex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the product's command line from target/tindex.jar in a JVM of its own, with the product's classpath. */
final class Tindex {
    private Tindex() {}

    /** What a run ended with: its exit code and what it wrote on stderr. */
    record Result(int code, String err) {}

    /** Runs {@code tindex ARGS}, asserts exit code 0, returns what it wrote on stderr. */
    static String run(Path work, String... args) throws IOException, InterruptedException {
        return runTo(work, Files.createTempFile(work, "tindex", ".out"), args);
    }

    /** As {@link #run}, with standard output to {@code stdout}. */
    static String runTo(Path work, Path stdout, String... args) throws IOException, InterruptedException {
        Result r = exec(work, stdout, args);
        assertEquals(0, r.code(), "tindex " + String.join(" ", args) + ": " + r.err());
        return r.err();
    }

    /** Runs {@code tindex ARGS} with standard output to {@code stdout}, whatever its exit code. */
    static Result exec(Path work, Path stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx2g", "-Dfile.encoding=UTF-8", "-jar",
                jar().toString()));
        command.addAll(List.of(args));
        return start(command, work, stdout);
    }

    /** Runs {@code command}, with standard output to {@code stdout}. */
    static Result start(List<String> command, Path work, Path stdout) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile(work, "run", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).start();
        int code = process.waitFor();
        return new Result(code, Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** target/tindex.jar of the root build (its manifest names the libraries in target/lib). */
    static Path jar() {
        Path jar = Path.of(System.getProperty("tindex.jar", "../target/tindex.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar.toAbsolutePath() + ": run `mvn -DskipTests install` in the"
                    + " root first");
        }
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
