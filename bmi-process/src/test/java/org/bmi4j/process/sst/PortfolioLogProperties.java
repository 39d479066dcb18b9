package org.bmi4j.process.sst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bmi4j.core.model.BusinessModel;

/**
 * Issue 13: the shared portfolio log shows the same list as rewriting a plain list on every
 * adoption and revision (as adopting did), finds each BM as the list does, and versions it grew
 * from keep what they showed.
 */
class PortfolioLogProperties {
  private static final int IDS = 12;

  /** Three versions of a BM for each id, built once. */
  private static final BusinessModel[][] MODELS = new BusinessModel[IDS][3];

  static {
    for (int i = 0; i < IDS; i++) {
      BusinessModel model = Ssts.model("bm-" + i, Ssts.DUAL);
      for (int v = 0; v < 3; v++) {
        MODELS[i][v] = model.withVersion(v + 1);
      }
    }
  }

  @Property
  void showsWhatRewritingAPlainListShows(
      @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 3 * IDS - 1) Integer> steps) {
    PortfolioLog log = PortfolioLog.EMPTY;
    List<BusinessModel> plain = new ArrayList<>();
    List<PortfolioLog> versions = new ArrayList<>();
    List<List<BusinessModel>> shown = new ArrayList<>();
    int version = 0;
    for (int step : steps) {
      String id = "bm-" + step % IDS;
      // beside, in place of another BM, or in place of itself (a revision); the process's guards
      // keep ids unique, so an id already current is only adopted in its own place
      Optional<String> replacing =
          switch (step / IDS) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of("bm-" + (step + 5) % IDS);
            default -> Optional.of(id);
          };
      if (indexOf(plain, id) >= 0 && !replacing.equals(Optional.of(id))) {
        continue;
      }
      BusinessModel model = MODELS[step % IDS][version++ % 3];
      log = log.adopt(model, replacing);
      int at = replacing.isPresent() ? indexOf(plain, replacing.get()) : -1;
      if (at < 0) {
        plain.add(model);
      } else {
        plain.set(at, model);
      }
      versions.add(log);
      shown.add(List.copyOf(plain));
      assertEquals(plain, log);
      for (int i = 0; i < IDS; i++) {
        int found = indexOf(plain, "bm-" + i);
        assertEquals(
            found < 0 ? Optional.empty() : Optional.of(plain.get(found)), log.find("bm-" + i));
      }
    }
    for (int i = 0; i < versions.size(); i++) {
      assertEquals(shown.get(i), versions.get(i), "an earlier version keeps what it showed");
    }
  }

  private static int indexOf(List<BusinessModel> plain, String id) {
    for (int i = 0; i < plain.size(); i++) {
      if (plain.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
