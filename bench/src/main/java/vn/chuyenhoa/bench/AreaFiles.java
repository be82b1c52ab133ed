package vn.chuyenhoa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the generated areas as facts files, one per area, for bench/run.sh's review figure:
 * {@code java -cp benchmarks.jar vn.chuyenhoa.bench.AreaFiles DIR COUNT}.
 */
public final class AreaFiles {
    private AreaFiles() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        List<String> texts = GeneratedAreas.plan45Json(count, 45);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(GeneratedAreas.fileName(i)), texts.get(i), StandardCharsets.UTF_8);
        }
    }
}
