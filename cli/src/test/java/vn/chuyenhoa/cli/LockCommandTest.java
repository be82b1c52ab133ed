package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chuyenhoa lock} on a copy of the repository's rule sets: it releases new versions and rewrites nothing. */
class LockCommandTest {
    private static final Path RULES = Path.of("rules/src/main/resources/chuyenhoa");
    private static final String PLAN = "45-KH-BCD-2023";

    @Test
    @DisplayName("A new version is released only with its CHANGELOG entry: lock then appends its line and leaves every"
            + " released line as it was")
    void newVersionReleasedWithItsChangelogEntry(@TempDir Path repository) throws IOException {
        copyRepository(repository);
        Path lock = repository.resolve(RULES).resolve("plans.lock");
        String before = Files.readString(lock);
        PlanFolder.copy(repository.resolve(RULES).resolve("plans"), PLAN, "1.0.0");
        Files.writeString(
                repository.resolve(RULES).resolve("plans.index"),
                PLAN + "/" + PlanFolder.DRAFT + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        Run refused = Run.of("lock", "--repository", repository.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out())
                .isEqualTo("Không có phiên bản mới nào để phát hành; " + RULES.resolve("plans.lock")
                        + " giữ nguyên.\nKhông phát hành được:\n  CHANGELOG.md: chưa khóa: chưa có mục cho " + PLAN
                        + "@0.0.0: trước hết thêm \"### 0.0.0 — <date>\" dưới \"## " + PLAN + " — …\"\n");
        assertThat(Files.readString(lock)).isEqualTo(before);

        Path changelog = repository.resolve("CHANGELOG.md");
        Files.writeString(
                changelog,
                Files.readString(changelog)
                        .replace(
                                "### 1.0.0 — 2026-11-22\n- First encoding of" + " the plan's",
                                "### 0.0.0 — 2026-12-02\n- A test version.\n\n### 1.0.0 — 2026-11-22\n- First encoding"
                                        + " of the plan's"));
        Run released = Run.of("lock", "--lang", "en", "--repository", repository.toString());
        assertThat(released.exit()).as(released.out()).isEqualTo(0);
        assertThat(released.out())
                .isEqualTo("Released (added to " + RULES.resolve("plans.lock") + "):\n  " + PLAN + "@0.0.0\n");
        String after = Files.readString(lock);
        assertThat(after).startsWith(before);
        assertThat(after.substring(before.length()))
                .matches(PLAN + "@0\\.0\\.0 manifest\\.yaml=[0-9a-f]{64}"
                        + " rules\\.drl=[0-9a-f]{64} golden\\.yaml=[0-9a-f]{64} facts=[0-9a-f]{64}\n");

        Run again = Run.of("lock", "--repository", repository.toString());
        assertThat(again.exit()).isEqualTo(0);
        assertThat(Files.readString(lock)).isEqualTo(after);
    }

    @Test
    @DisplayName("A released version whose DRL changed is reported and its line is not rewritten; exit 1")
    void changedReleaseIsNotRewritten(@TempDir Path repository) throws IOException {
        copyRepository(repository);
        Path lock = repository.resolve(RULES).resolve("plans.lock");
        String before = Files.readString(lock);
        Path drl = repository.resolve(RULES).resolve("plans/" + PLAN + "/1.0.0/rules.drl");
        Files.writeString(drl, Files.readString(drl).replace("\"100\"", "\"95\""));
        Run run = Run.of("lock", "--repository", repository.toString(), PLAN);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .endsWith("Không phát hành được:\n  " + RULES.resolve("plans/" + PLAN + "/1.0.0")
                        + ": " + PLAN
                        + "@1.0.0 đã phát hành nhưng đã thay đổi: rules.drl; dòng của nó trong plans.lock không được"
                        + " ghi lại: hãy hoàn lại thay đổi và đưa thay đổi đó vào một phiên bản mới\n");
        assertThat(Files.readString(lock)).isEqualTo(before);
    }

    @Test
    @DisplayName("A folder that is not a repository's root is a usage error naming what is missing; exit 2")
    void notARepository(@TempDir Path empty) {
        Run run = Run.of("lock", "--repository", empty.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(empty + ": --repository: không phải thư mục gốc của kho chuyenhoa (không có "
                        + RULES.resolve("plans.index") + ")\n");
    }

    /** The rule sets' sources and the changelog, as a clone holds them. */
    private static void copyRepository(Path repository) throws IOException {
        Path source = Path.of("..").resolve(RULES);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = repository
                        .resolve(RULES)
                        .resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.copy(Path.of("../CHANGELOG.md"), repository.resolve("CHANGELOG.md"));
    }
}
