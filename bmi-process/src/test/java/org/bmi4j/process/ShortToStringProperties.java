package org.bmi4j.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.bmi4j.process.alliance.AllianceChains;
import org.bmi4j.process.alliance.AllianceViolation;
import org.bmi4j.process.firm.FirmChains;
import org.bmi4j.process.firm.FirmViolation;
import org.bmi4j.process.multilevel.MultiLevelAlliance;
import org.bmi4j.process.multilevel.MultiLevelChains;
import org.bmi4j.process.sst.SstChains;
import org.bmi4j.process.sst.SstViolation;
import org.junit.jupiter.api.Test;

/**
 * Outcomes, instances, steps and contexts print ids and counts, never whole models: at most {@value
 * #LIMIT} characters whatever they hold (library formalisation).
 */
class ShortToStringProperties {
  static final int LIMIT = 240;

  @Test
  void everyCaseItsContextAndEveryStepPrintShort() {
    List<ProcessInstance<?, ?, ?>> instances = new ArrayList<>();
    instances.add(AllianceChains.mobilityCase());
    instances.add(FirmChains.fleetCase());
    instances.add(SstChains.filamentCase());
    MultiLevelAlliance multiLevel = MultiLevelChains.mobilityCase();
    instances.add(multiLevel.alliance());
    multiLevel.firms().values().forEach(firm -> instances.add(firm.process()));
    for (long seed = 1; seed <= 3; seed++) {
      instances.add((ProcessInstance<?, ?, ?>) AllianceChains.chain(seed, 60).end());
    }
    assertShort(multiLevel);
    for (ProcessInstance<?, ?, ?> instance : instances) {
      assertShort(instance);
      assertShort(instance.context());
      assertShort(instance.start());
      instance.history().forEach(ShortToStringProperties::assertShort);
      assertShort(new Outcome.Accepted<>(instance));
    }
  }

  @Property
  void aRejectionPrintsShortWhateverItsViolations(
      @ForAll @Size(min = 1, max = 40) List<@From("violations") Violation> violations) {
    assertShort(Outcome.Rejected.of(AllianceChains.mobilityCase(), violations));
    assertShort(Outcome.Rejected.of(MultiLevelChains.mobilityCase(), violations));
  }

  @Provide
  Arbitrary<Violation> violations() {
    Arbitrary<ViolationCode> codes =
        Arbitraries.of(
            List.<ViolationCode>of(
                AllianceViolation.values()[0],
                FirmViolation.values()[0],
                SstViolation.values()[SstViolation.values().length - 1],
                KernelViolation.EVENT_NOT_PERMITTED));
    Arbitrary<String> subjects = Arbitraries.strings().alpha().ofMaxLength(200);
    Arbitrary<String> messages = Arbitraries.strings().ofMinLength(1).ofMaxLength(2000);
    return net.jqwik.api.Combinators.combine(codes, subjects, messages).as(Violation::new);
  }

  private static void assertShort(Object value) {
    String text = value.toString();
    assertTrue(
        text.length() <= LIMIT,
        () -> value.getClass().getSimpleName() + " prints " + text.length() + " chars: " + text);
  }
}
