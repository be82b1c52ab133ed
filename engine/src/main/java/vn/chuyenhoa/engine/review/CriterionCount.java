package vn.chuyenhoa.engine.review;

import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;

/** How many areas failed one decisive criterion of a plan, and how many lacked the data to decide it. */
public record CriterionCount(Plan plan, CriterionDefinition criterion, int failed, int missing) {}
