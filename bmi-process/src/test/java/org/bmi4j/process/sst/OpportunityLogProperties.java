package org.bmi4j.process.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bmi4j.core.model.ValueKind;

/**
 * The shared opportunity log shows the same list as rewriting a plain list on every change, and
 * versions it grew from keep what they showed.
 */
class OpportunityLogProperties {
  @Property
  void showsWhatRewritingAPlainListShows(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 40) Integer> steps) {
    OpportunityLog log = OpportunityLog.EMPTY;
    List<Opportunity> plain = new ArrayList<>();
    List<OpportunityLog> versions = new ArrayList<>();
    List<List<Opportunity>> shown = new ArrayList<>();
    int n = 0;
    for (int step : steps) {
      int kind = step % 4;
      if (kind == 0 || plain.isEmpty()) {
        Opportunity identified =
            new Opportunity("o-" + n++, "d" + step, Set.of(ValueKind.ECONOMIC), step % 3 == 0);
        log = log.identify(identified);
        plain.add(identified);
      } else if (kind == 3) {
        log = log.unselectAll();
        plain.replaceAll(o -> o.withSelected(false));
      } else {
        int at = step % plain.size();
        Opportunity before = plain.get(at);
        Opportunity after =
            kind == 1
                ? new Opportunity(
                    before.id(), "r" + step, Set.of(ValueKind.SOCIAL), before.selected())
                : before.withSelected(true);
        log = log.replace(after);
        plain.set(at, after);
      }
      versions.add(log);
      shown.add(List.copyOf(plain));
      assertEquals(plain, log);
      assertEquals(plain.stream().filter(Opportunity::selected).toList(), log.selected());
      for (Opportunity o : plain) {
        assertEquals(o, log.find(o.id()).orElseThrow());
      }
    }
    for (int i = 0; i < versions.size(); i++) {
      assertEquals(shown.get(i), versions.get(i), "an earlier version keeps what it showed");
    }
  }
}
