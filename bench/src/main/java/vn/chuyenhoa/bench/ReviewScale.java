package vn.chuyenhoa.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.render.ReviewCsv;
import vn.chuyenhoa.engine.render.ReviewHtml;
import vn.chuyenhoa.engine.render.ReviewJson;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.Progress;
import vn.chuyenhoa.engine.review.Review;
import vn.chuyenhoa.engine.review.ReviewInputs;
import vn.chuyenhoa.engine.review.ReviewOptions;
import vn.chuyenhoa.engine.review.ReviewResult;

/**
 * The year review at scale, by hand (not part of the build): writes {@code N} areas of plan 7488-KH-UBND-2017
 * (2019, eleven Đồng Nai districts, varied figures from a fixed seed) as a directory of facts files and as one CSV,
 * reviews both, writes the three reports, and prints how long each step took.
 * <pre>
 * ./mvnw -q -B -DskipTests package
 * java -cp bench/target/benchmarks.jar vn.chuyenhoa.bench.ReviewScale 10000 bench/target/review-scale
 * time ./chuyenhoa review bench/target/review-scale/areas --no-html > /dev/null
 * </pre>
 */
public final class ReviewScale {
    private static final List<String> DISTRICTS = List.of(
            "Thành phố Biên Hòa",
            "Thành phố Long Khánh",
            "Huyện Nhơn Trạch",
            "Huyện Long Thành",
            "Huyện Trảng Bom",
            "Huyện Thống Nhất",
            "Huyện Vĩnh Cửu",
            "Huyện Định Quán",
            "Huyện Tân Phú",
            "Huyện Xuân Lộc",
            "Huyện Cẩm Mỹ");
    private static final List<String> FACTS = List.of(
            "organised_crime_activity",
            "crime_cases",
            "crime_cases_solved",
            "serious_crime_cases",
            "serious_crime_cases_solved",
            "wanted_persons",
            "wanted_persons_caught",
            "crime_reports",
            "crime_reports_handled",
            "released_prisoners",
            "released_prisoners_reoffended",
            "political_system_strong",
            "effective_models",
            "community_rules_maintained",
            "households",
            "households_reached",
            "crimes_and_vices",
            "crimes_and_vices_previous_year",
            "public_order_complexity");

    private ReviewScale() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Path.of(args.length > 1 ? args[1] : "bench/target/review-scale");
        Path areas = root.resolve("areas");
        Files.createDirectories(areas);
        Random random = new Random(7488);
        StringBuilder csv =
                new StringBuilder("\uFEFFplan;name;district;province;types;year;" + String.join(";", FACTS) + "\r\n");
        for (int i = 1; i <= count; i++) {
            String district = DISTRICTS.get(i % DISTRICTS.size());
            Object[] values = figures(random);
            StringBuilder facts = new StringBuilder();
            StringBuilder cells = new StringBuilder();
            for (int f = 0; f < FACTS.size(); f++) {
                cells.append(';').append(values[f] == null ? "" : values[f]);
                if (values[f] != null) {
                    facts.append(facts.isEmpty() ? "" : ", ")
                            .append('"')
                            .append(FACTS.get(f))
                            .append("\": ")
                            .append(values[f]);
                }
            }
            String name = "Xã số " + i;
            Files.writeString(
                    areas.resolve(String.format("xa-%05d.json", i)),
                    "{\"plan\": \"7488-KH-UBND-2017\", "
                            + "\"area\": {\"name\": \"" + name + "\", \"district\": \"" + district
                            + "\", \"province\": \"Đồng Nai\", "
                            + "\"types\": [\"TTATXH\"]}, \"year\": 2019, \"facts\": {" + facts + "}}\n",
                    StandardCharsets.UTF_8);
            csv.append("7488-KH-UBND-2017;")
                    .append(name)
                    .append(';')
                    .append(district)
                    .append(";Đồng Nai;TTATXH;2019")
                    .append(cells)
                    .append("\r\n");
        }
        Path csvFile = root.resolve("areas.csv");
        Files.writeString(csvFile, csv, StandardCharsets.UTF_8);
        System.out.printf("wrote %d facts files under %s and %s%n", count, areas, csvFile);

        long start = System.nanoTime();
        Plans plans = Plans.load();
        plans.get("7488-KH-UBND-2017").verify();
        lap("load the plans and build the rules", start);
        ReviewResult fromFiles = review(plans, List.of(areas), List.of(), "facts files");
        ReviewResult fromCsv = review(plans, List.of(), List.of(csvFile), "CSV");
        if (!fromFiles.summary().totals().equals(fromCsv.summary().totals())) {
            throw new IllegalStateException("the directory and the CSV disagree: "
                    + fromFiles.summary().totals() + " vs " + fromCsv.summary().totals());
        }
        System.out.println("totals: " + fromFiles.summary().totals());
        write(root.resolve("review.json"), out -> new ReviewJson(Language.VI, Spelling.QUERY).write(fromFiles, out));
        write(root.resolve("review.csv"), out -> new ReviewCsv(Language.VI, Spelling.QUERY, ';').write(fromFiles, out));
        write(root.resolve("review.html"), out -> new ReviewHtml(Language.VI, Spelling.QUERY).write(fromFiles, out));
    }

    private static ReviewResult review(Plans plans, List<Path> paths, List<Path> csv, String what) {
        long start = System.nanoTime();
        List<AreaInput> inputs = ReviewInputs.read(plans.reader(), paths, csv, Progress.NONE);
        lap("read " + inputs.size() + " areas from " + what, start);
        start = System.nanoTime();
        ReviewResult result = new Review(plans).run(inputs, ReviewOptions.DEFAULT, Progress.NONE);
        lap("review them", start);
        return result;
    }

    private interface Report {
        void write(Writer out) throws IOException;
    }

    private static void write(Path file, Report report) throws IOException {
        long start = System.nanoTime();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            report.write(out);
        }
        lap("write " + file + " (" + Files.size(file) / 1024 + " KiB)", start);
    }

    private static void lap(String what, long start) {
        System.out.printf("%6d ms  %s%n", (System.nanoTime() - start) / 1_000_000, what);
    }

    /** Figures in the order of {@link #FACTS}: most areas pass, some fail a target or a condition, some lack a fact. */
    private static Object[] figures(Random random) {
        int crimes = 5 + random.nextInt(40);
        int serious = random.nextInt(4);
        int wanted = random.nextInt(8);
        int reports = 10 + random.nextInt(60);
        int released = 5 + random.nextInt(30);
        int households = 800 + random.nextInt(5000);
        int previous = 10 + random.nextInt(50);
        return new Object[] {
            random.nextInt(50) == 0,
            crimes,
            crimes - random.nextInt(Math.max(1, crimes / 4)),
            serious,
            serious,
            wanted,
            random.nextInt(12) == 0 ? null : Math.min(wanted, 1 + wanted / 2),
            reports,
            random.nextInt(15) == 0 ? reports - 1 : reports,
            released,
            random.nextInt(released / 6 + 1),
            random.nextInt(30) != 0,
            random.nextInt(4),
            true,
            households,
            random.nextInt(6) == 0 ? households - 1 - random.nextInt(50) : households,
            Math.max(0, previous - random.nextInt(12)),
            previous,
            random.nextInt(25) == 0
        };
    }
}
