package vn.tindex.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
    @TempDir
    Path dir;

    @Test
    void theSectionIsAddedBeforeLicenseThenReplacedInPlace() throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), "# t\n\n## Figures\n\nx\n\n## License\n\nGPL\n");
        BenchReport.writeSection(readme, "## Bulk import\n\nfirst\n");
        assertEquals("# t\n\n## Figures\n\nx\n\n## Bulk import\n\nfirst\n\n## License\n\nGPL\n", Files.readString(readme));
        BenchReport.writeSection(readme, "## Bulk import\n\nsecond\n");
        assertEquals("# t\n\n## Figures\n\nx\n\n## Bulk import\n\nsecond\n\n## License\n\nGPL\n", Files.readString(readme));
    }
}
