package vn.chuyenhoa.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.facts.FactsFile;

/**
 * Facts files for plan 45-KH-BCD-2023 with varied figures, from a fixed seed: most areas pass, some fail,
 * some miss a fact — the mix a city's year review sees.
 */
final class GeneratedAreas {
    private GeneratedAreas() {}

    /** The areas read as the library reads a facts file. */
    static List<FactsFile> plan45(Plans plans, int count, long seed) {
        List<String> texts = plan45Json(count, seed);
        List<FactsFile> areas = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            areas.add(plans.reader().read(fileName(i), texts.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        return areas;
    }

    /** The name of the {@code i}th area's file. */
    static String fileName(int i) {
        return String.format("area-%05d.json", i);
    }

    /** The areas as facts files' JSON text. */
    static List<String> plan45Json(int count, long seed) {
        Random random = new Random(seed);
        List<String> areas = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long households = 800 + random.nextInt(2000);
            long atRisk = random.nextInt(40);
            long previous = random.nextInt(15);
            StringBuilder facts = new StringBuilder()
                    .append("\"drug_cases\": ")
                    .append(Math.max(0, previous - 1 - random.nextInt(3) + (random.nextInt(10) == 0 ? 3 : 0)))
                    .append(", \"drug_cases_previous_year\": ")
                    .append(previous)
                    .append(", \"new_drug_points\": ")
                    .append(random.nextInt(20) == 0 ? 1 : 0)
                    .append(", \"drug_situation_complex\": false")
                    .append(", \"rehab_management_effective\": true")
                    .append(", \"new_drug_users\": ")
                    .append(random.nextInt(5))
                    .append(", \"new_drug_users_before\": ")
                    .append(2 + random.nextInt(5))
                    .append(", \"at_risk_persons\": ")
                    .append(atRisk)
                    .append(", \"at_risk_persons_managed\": ")
                    .append(random.nextInt(15) == 0 && atRisk > 0 ? atRisk - 1 : atRisk)
                    .append(", \"households\": ")
                    .append(households)
                    .append(", \"households_reached\": ")
                    .append(random.nextInt(12) == 0 ? households - 1 : households)
                    .append(", \"effective_models\": ")
                    .append(random.nextInt(4))
                    .append(", \"released_prisoners\": ")
                    .append(10 + random.nextInt(20))
                    .append(", \"released_prisoners_reoffended\": ")
                    .append(random.nextInt(4));
            if (random.nextInt(10) != 0) {
                facts.append(", \"general_criteria_met\": true");
            }
            areas.add("{\"plan\": \"45-KH-BCD-2023\", \"area\": {\"name\": \"Địa bàn " + i
                    + "\", \"province\": \"Trà Vinh\", \"types\": [\"LOAI_4\"]}, \"year\": 2023, \"facts\": {" + facts
                    + "}}\n");
        }
        return areas;
    }
}
