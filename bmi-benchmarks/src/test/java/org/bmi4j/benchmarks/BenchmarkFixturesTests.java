package org.bmi4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.List;
import org.bmi4j.process.KernelViolation;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.Violation;
import org.junit.jupiter.api.Test;

/** The benchmarks' fixtures do what the benchmarks say they do. */
class BenchmarkFixturesTests {
  private static final Clock CLOCK = Clock.systemUTC();

  @Test
  void theBmi4jMachineCyclesThroughTheFourPhases() {
    ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project> instance =
        Bmi4jMachine.advanced(9, CLOCK);
    assertEquals(Phase.FOUNDATION, instance.state());
    assertEquals(3, instance.cycle());
    assertEquals(9, instance.sequence());
  }

  @Test
  void theOneGuardMachineOf1dTakesTheSameStepsAndRejectsTheSameAdvances() {
    GuardShape.OneGuard oneGuard = new GuardShape.OneGuard();
    oneGuard.setUp();
    Cycling.Bmi4jFixedClock perTransition = new Cycling.Bmi4jFixedClock();
    perTransition.setUp();
    for (int i = 0; i < 9; i++) {
      oneGuard.advance();
      perTransition.advance();
    }
    assertEquals(perTransition.instance.state(), oneGuard.instance.state());
    assertEquals(perTransition.instance.cycle(), oneGuard.instance.cycle());
    assertEquals(perTransition.instance.sequence(), oneGuard.instance.sequence());
    Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>> outcome =
        oneGuard.instance.apply(new Bmi4jMachine.Advance(Bmi4jMachine.UNREADY));
    Outcome.Rejected<?> rejected = assertInstanceOf(Outcome.Rejected.class, outcome);
    assertEquals(
        List.of(
            new Violation(
                Bmi4jMachine.Code.NOT_READY,
                "",
                "readiness must be at least 50 to advance, was 10")),
        rejected.violations());
  }

  @Test
  void anUnreadyAdvanceIsRejectedNamingTheReadiness() {
    Outcome<? extends ProcessInstance<Phase, Bmi4jMachine.Event, Bmi4jMachine.Project>> outcome =
        Bmi4jMachine.start(CLOCK).apply(new Bmi4jMachine.Advance(Bmi4jMachine.UNREADY));
    Outcome.Rejected<?> rejected = assertInstanceOf(Outcome.Rejected.class, outcome);
    assertEquals(
        List.of(
            new Violation(
                Bmi4jMachine.Code.NOT_READY,
                "",
                "readiness must be at least 50 to leave CONCEPT, was 10")),
        rejected.violations());
    assertFalse(
        rejected.violations().stream()
            .anyMatch(v -> v.code() == KernelViolation.EVENT_NOT_PERMITTED));
  }

  @Test
  void theWalkEndsInOperationWithBothFirmsInAdaption() {
    assertTrue(AllianceWalk.arrived(AllianceWalk.walk(CLOCK)));
  }

  @Test
  void bothJsonRoundTripsGiveBackWhatWasWritten() throws Exception {
    JsonRoundTrip benchmark = new JsonRoundTrip();
    benchmark.setUp();
    assertEquals(JsonRoundTrip.STEPS, benchmark.instance().sequence());
    assertEquals(benchmark.instance(), benchmark.bmi4j());
    assertEquals(benchmark.stored(), benchmark.jackson());
    assertEquals(JsonRoundTrip.STEPS, benchmark.stored().history().size());
  }

  @Test
  void thePlainJacksonFormHoldsTheSameDataAsTheInstance() {
    JsonRoundTrip benchmark = new JsonRoundTrip();
    benchmark.setUp();
    ObjectMapper plain =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    JsonRoundTrip.StoredInstance stored = benchmark.stored();
    var record = benchmark.instance().toRecord();
    assertEquals(record.definition(), stored.definition());
    assertEquals(record.start(), stored.start());
    for (int i = 0; i < record.history().size(); i++) {
      var step = record.history().get(i);
      var plainStep = stored.history().get(i);
      assertEquals(
          List.of(step.sequence(), step.from(), step.to(), step.event(), step.at(), step.cycle()),
          List.of(
              plainStep.sequence(),
              plainStep.from(),
              plainStep.to(),
              plainStep.event(),
              plainStep.at(),
              plainStep.cycle()));
    }
    assertTrue(plain.valueToTree(stored).toString().contains("\"type\":\"advance\""));
  }

  @Test
  void eachFreshInstanceRetainsSomethingAndBmi4jsOnlyItsInstance() {
    Footprint.Bytes bytes = Footprint.measure();
    assertTrue(bytes.bmi4j() > 0 && bytes.bmi4j() <= 64, "bmi4j " + bytes.bmi4j());
    assertTrue(bytes.stateless4j() > 0, "stateless4j " + bytes.stateless4j());
    assertTrue(bytes.squirrel() > 0, "squirrel " + bytes.squirrel());
    assertTrue(bytes.spring() > 0, "Spring " + bytes.spring());
  }

  @Test
  void theValueFlowScaleScenarioHasTheSizeItNamesAndConservesMoney() {
    org.bmi4j.core.valueflow.Scenario scenario = NetValueFlowScale.scenario(100, 1000);
    assertEquals(100, scenario.model().actors().size());
    assertEquals(1000, scenario.model().exchange().exchanges().size());
    org.bmi4j.core.valueflow.NetValueFlow flow = org.bmi4j.core.valueflow.NetValueFlow.of(scenario);
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (var sheet : flow.sheets()) {
      sum = sum.add(sheet.net().amount());
    }
    assertEquals(0, sum.signum());
  }
}
