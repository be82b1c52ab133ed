package vn.chuyenhoa.engine;

import vn.chuyenhoa.engine.manifest.ReadingChoice;
import vn.chuyenhoa.engine.manifest.ReadingDefinition;

/**
 * A reading of the plan under which the area is decided otherwise (DESIGN 1.1): the passage, the choice the verdict
 * used, the alternative, and the outcome under it, the other readings as they were.
 */
public record ReadingAlternative(
        ReadingDefinition reading, String chosen, ReadingChoice alternative, Outcome outcome) {}
