package vn.chuyenhoa.engine.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The readings a rule set's DRL consults ({@link Checks#reading}), each with its declared choices, and the choice in
 * force for this evaluation. One instance serves every area of an evaluation.
 *
 * @param inForce  the choice in force, by reading id
 * @param declared the choices the manifest declares, by reading id
 */
public record ReadingsInForce(Map<String, String> inForce, Map<String, List<String>> declared) {
    /** A rule set that declares no reading. */
    public static final ReadingsInForce NONE = new ReadingsInForce(Map.of(), Map.of());

    public ReadingsInForce {
        inForce = Map.copyOf(inForce);
        declared = Map.copyOf(declared);
    }

    String inForce(String reading, Set<String> written) {
        List<String> choices = declared.get(reading);
        if (choices == null) {
            throw new IllegalStateException(
                    "the rule set consults reading '" + reading + "', which its manifest does not declare");
        }
        if (!written.equals(Set.copyOf(choices))) {
            throw new IllegalStateException("the rule set writes choices " + written + " for reading '" + reading
                    + "', whose manifest declares " + choices);
        }
        return inForce.get(reading);
    }
}
