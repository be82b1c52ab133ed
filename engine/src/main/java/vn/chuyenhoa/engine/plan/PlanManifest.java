package vn.chuyenhoa.engine.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule set says about itself: which plan it encodes, where that plan applies, how its criteria
 * combine, and each criterion with its source. Read from the {@code manifest.yaml} beside the DRL.
 *
 * @param document    the document as people cite it ("Kế hoạch số 45/KH-BCĐ ngày 27/02/2023 …")
 * @param drlPackage  the DRL package of this version's rules (plan ids are not Java package names)
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
        List<CriterionDefinition> criteria) {

    public PlanManifest {
        areaTypes = List.copyOf(areaTypes);
        criteria = List.copyOf(criteria);
    }

    /** {@code 45-KH-BCD-2023@1.0.0} */
    public String reference() {
        return id + "@" + version;
    }
}
