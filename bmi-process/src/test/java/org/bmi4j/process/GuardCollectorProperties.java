package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.process.Flips.Code;
import org.bmi4j.process.Flips.Flip;
import org.bmi4j.process.Flips.Light;
import org.bmi4j.process.Flips.Switch;

/**
 * Whatever guards a transition runs, and whatever they ask of the collector, an event's outcome is
 * what one run of those guards against a collector of its own reports: accepted when they report
 * nothing, else rejected with exactly their violations, in order.
 */
class GuardCollectorProperties {

  /** What one guard does. */
  enum Kind {
    PASSES,
    REPORTS_ONE,
    REPORTS_TWO,
    REPORTS_IF_EMPTY,
    REPORTS_IF_NOT_EMPTY,
    REPORTS_ON_ODD_FLIPS
  }

  @Provide
  Arbitrary<List<Kind>> guards() {
    return Arbitraries.of(Kind.class).list().ofMaxSize(6);
  }

  @Property
  void anOutcomeIsWhatOneRunOfTheGuardsReports(
      @ForAll("guards") List<Kind> kinds, @ForAll("flips") int flip) {
    List<Guard<Switch, Flip>> guards = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      guards.add(guard(kinds.get(i), i));
    }
    Violations alone = ViolationsAccess.create();
    for (Guard<Switch, Flip> guard : guards) {
      guard.check(new Switch("hall"), new Flip(flip), alone);
    }
    List<Violation> expected = ViolationsAccess.list(alone);

    ProcessInstance<Light, Flip, Switch> start = Flips.withGuards(guards);
    // twice: the second run meets whatever the first left behind
    for (int run = 0; run < 2; run++) {
      Outcome<? extends ProcessInstance<Light, Flip, Switch>> outcome = start.apply(new Flip(flip));
      assertEquals(expected.isEmpty(), outcome.isAccepted());
      assertEquals(expected, outcome.violations());
      assertEquals(expected.isEmpty() ? Light.ON : Light.OFF, outcome.instance().state());
    }
  }

  @Provide
  Arbitrary<Integer> flips() {
    return Arbitraries.integers().between(0, 3);
  }

  private static Guard<Switch, Flip> guard(Kind kind, int index) {
    String subject = "guard " + index;
    return switch (kind) {
      case PASSES -> (c, e, v) -> {};
      case REPORTS_ONE -> (c, e, v) -> v.add(Code.REFUSED, subject, "one");
      case REPORTS_TWO ->
          (c, e, v) -> {
            v.add(Code.REFUSED, subject, "one of two");
            v.report(Code.SUMMARY, subject, "two of two");
          };
      case REPORTS_IF_EMPTY ->
          (c, e, v) -> {
            if (v.isEmpty()) {
              v.add(Code.SUMMARY, subject, "first to report");
            }
          };
      case REPORTS_IF_NOT_EMPTY ->
          (c, e, v) -> {
            if (!v.isEmpty()) {
              v.add(Code.SUMMARY, subject, "after others");
            }
          };
      case REPORTS_ON_ODD_FLIPS ->
          (c, e, v) -> {
            if (e.n() % 2 != 0) {
              v.add(Code.REFUSED, subject, "odd");
            }
          };
    };
  }
}
