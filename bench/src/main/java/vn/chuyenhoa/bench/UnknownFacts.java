package vn.chuyenhoa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a facts file of plan 45-KH-BCD-2023 with {@code COUNT} unknown facts of {@code LENGTH} letters each, for
 * bench/run.sh's "did you mean" figure: {@code java -cp benchmarks.jar vn.chuyenhoa.bench.UnknownFacts FILE COUNT
 * LENGTH}. 4 800 facts of 200 letters are the 1 MiB file; 20 000 of 45 letters, as long as the catalog's
 * names, are the worst case of the bounded search.
 */
public final class UnknownFacts {
    private UnknownFacts() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int length = Integer.parseInt(args[2]);
        Random random = new Random(15);
        StringBuilder json = new StringBuilder("{\"plan\": \"45-KH-BCD-2023\", \"area\": {\"name\": \"Phường 5\","
                + " \"province\": \"Trà Vinh\", \"types\": [\"LOAI_4\"]}, \"year\": 2023, \"facts\": {");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "\"" : ", \"");
            String number = Integer.toString(i);
            for (int c = number.length(); c < length; c++) {
                json.append((char) ('a' + random.nextInt(26)));
            }
            json.append(number).append("\": 1");
        }
        json.append("}}\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }
}
