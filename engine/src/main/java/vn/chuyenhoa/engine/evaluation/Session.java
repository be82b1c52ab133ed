package vn.chuyenhoa.engine.evaluation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import vn.chuyenhoa.engine.rule.AreaFacts;
import vn.chuyenhoa.engine.rule.CriterionResult;

/**
 * Drools sessions over a batch of areas, {@value #AREAS} areas each: every area's facts are inserted, the rules
 * fire once, and each {@link CriterionResult} a rule inserts is credited to the area its rule matched. Firing many
 * areas at once costs far less per area than a session per area, and the DRL stays unaware of batching. Sessions
 * of a few dozen areas are faster per area than one for the whole batch: what Drools keeps per session (the
 * facts' identity maps, the agenda) stays small (docs/performance.md).
 */
public final class Session {
    static final int AREAS = 50;

    private Session() {}

    /** The results of each area, in the order of {@code areas}. */
    public static List<List<CriterionResult>> fire(KieBase kieBase, List<AreaFacts> areas) {
        List<List<CriterionResult>> results = new ArrayList<>(areas.size());
        for (int from = 0; from < areas.size(); from += AREAS) {
            results.addAll(fireOne(kieBase, areas.subList(from, Math.min(areas.size(), from + AREAS))));
        }
        return results;
    }

    private static List<List<CriterionResult>> fireOne(KieBase kieBase, List<AreaFacts> areas) {
        Map<AreaFacts, List<CriterionResult>> byArea = new IdentityHashMap<>();
        areas.forEach(area -> byArea.put(area, new ArrayList<>()));
        Attribution attribution = new Attribution(byArea);
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) attribution);
            session.addEventListener((RuleRuntimeEventListener) attribution);
            areas.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return areas.stream().map(byArea::get).toList();
    }

    /**
     * Remembers which area the firing rule matched and which criterion it is tied to ({@code @criterion}), and files
     * what it inserts under that area, with that criterion's id when the rule did not repeat it.
     */
    private static final class Attribution extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final Map<AreaFacts, List<CriterionResult>> byArea;
        private final Map<Rule, String> criteria = new IdentityHashMap<>();
        private AreaFacts firing;
        private String criterion;

        Attribution(Map<AreaFacts, List<CriterionResult>> byArea) {
            this.byArea = byArea;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = null;
            for (Object matched : event.getMatch().getObjects()) {
                if (matched instanceof AreaFacts area) {
                    firing = area;
                }
            }
            criterion = criteria.computeIfAbsent(event.getMatch().getRule(), CompiledRules::criterionOf);
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof CriterionResult result) {
                if (firing == null) {
                    throw new IllegalStateException("rule '"
                            + (event.getRule() == null ? "?" : event.getRule().getName())
                            + "' decided criterion '" + (result.criterion() == null ? criterion : result.criterion())
                            + "' without matching an area's facts");
                }
                byArea.get(firing).add(result.criterion() == null ? result.of(criterion) : result);
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {}

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {}
    }
}
