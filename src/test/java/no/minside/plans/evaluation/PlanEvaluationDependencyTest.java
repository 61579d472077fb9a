package no.minside.plans.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plan-evaluation core depends on the JDK and its own types only (STYLE.md, "Dependency rules"), so the web
 * edge, Panache and the fees engine can change without it. A stand-in for the ArchUnit rule until that lands:
 * it reads the sources, so it also catches fully qualified names that an import check would miss.
 */
class PlanEvaluationDependencyTest {

    private static final Path SOURCES = Path.of("src/main/java/no/minside/plans/evaluation");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern PROJECT_NAME = Pattern.compile("\\bno\\.minside\\.(?!plans\\.evaluation\\b)\\w+");
    private static final Pattern FRAMEWORK_NAME = Pattern.compile("\\b(jakarta|javax|io\\.quarkus|org\\.hibernate)\\.");

    @Test
    void theCoreUsesOnlyTheJdkAndItself() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SOURCES)) {
            files = listing.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                assertThat(imports.group(1)).as("import in %s", file.getFileName())
                        .matches("java\\.[\\w.]+|no\\.minside\\.plans\\.evaluation\\.[\\w.]+");
            }
            assertThat(PROJECT_NAME.matcher(source).find()).as("another project package named in %s",
                    file.getFileName()).isFalse();
            assertThat(FRAMEWORK_NAME.matcher(source).find()).as("a framework named in %s", file.getFileName())
                    .isFalse();
        }
    }
}
