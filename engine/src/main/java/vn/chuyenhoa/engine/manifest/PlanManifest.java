package vn.chuyenhoa.engine.manifest;

import java.time.LocalDate;
import java.util.List;
import vn.chuyenhoa.engine.message.Phrase;

/**
 * What a rule set says about itself: which plan it encodes, where that plan applies, how its criteria
 * combine, and each criterion with its source. Read from the {@code manifest.yaml} beside the DRL.
 *
 * @param document    the document as people cite it ("Kế hoạch số 45/KH-BCĐ ngày 27/02/2023 …")
 * @param drlPackage  the DRL package of this version's rules (plan ids are not Java package names)
 * @param reviewTargets the targets the plan sets for the province as a whole, checked by the year review
 *                    ({@code review_targets}, optional: empty when the plan sets none)
 * @param readings    the passages open to more than one reading, each with the reading chosen (optional)
 * @param finalEvaluation the day of the plan's final evaluation, where it declares one (optional)
 * @param fromReview  the facts a year review's figures can fill ({@code from_review}, optional)
 */
public record PlanManifest(
        String id,
        String version,
        Text title,
        String document,
        String issuer,
        LocalDate date,
        Jurisdiction jurisdiction,
        List<String> areaTypes,
        InForce inForce,
        String drlPackage,
        DecisionRuleDefinition decisionRule,
        List<CriterionDefinition> criteria,
        List<ReviewTargetDefinition> reviewTargets,
        List<ReadingDefinition> readings,
        FinalEvaluation finalEvaluation,
        ReviewFigures fromReview) {

    public PlanManifest {
        areaTypes = List.copyOf(areaTypes);
        criteria = List.copyOf(criteria);
        reviewTargets = reviewTargets == null ? List.of() : List.copyOf(reviewTargets);
        readings = readings == null ? List.of() : List.copyOf(readings);
        if (reviewTargets.stream().map(ReviewTargetDefinition::id).distinct().count() != reviewTargets.size()) {
            throw ManifestException.of(
                    "review_targets: hai chỉ tiêu của tỉnh trùng id", "review_targets: two targets have the same id");
        }
    }

    /** A manifest without province-level targets. */
    public PlanManifest(
            String id,
            String version,
            Text title,
            String document,
            String issuer,
            LocalDate date,
            Jurisdiction jurisdiction,
            List<String> areaTypes,
            InForce inForce,
            String drlPackage,
            DecisionRuleDefinition decisionRule,
            List<CriterionDefinition> criteria) {
        this(
                id,
                version,
                title,
                document,
                issuer,
                date,
                jurisdiction,
                areaTypes,
                inForce,
                drlPackage,
                decisionRule,
                criteria,
                List.of(),
                List.of(),
                null,
                null);
    }

    /** The reading this rule set chose for each passage it declares open, in the manifest's order. */
    public java.util.Map<String, String> chosenReadings() {
        java.util.Map<String, String> chosen = new java.util.LinkedHashMap<>();
        readings.forEach(r -> chosen.put(r.id(), r.chosen()));
        return java.util.Collections.unmodifiableMap(chosen);
    }

    public java.util.Optional<ReadingDefinition> reading(String id) {
        return readings.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** {@code 45-KH-BCD-2023@1.0.0} */
    public String reference() {
        return id + "@" + version;
    }

    /** The problem of this manifest found in version folder {@code folder} ({@code id/version}), unless it is its own. */
    public java.util.Optional<Phrase> misplacedIn(String folder) {
        return folder.equals(id + "/" + version)
                ? java.util.Optional.empty()
                : java.util.Optional.of(Phrase.of(
                        "khai báo " + reference() + " nhưng nằm trong thư mục " + folder,
                        "declares " + reference() + " but lives in folder " + folder));
    }
}
