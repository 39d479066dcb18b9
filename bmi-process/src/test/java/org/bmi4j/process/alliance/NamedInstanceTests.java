package org.bmi4j.process.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bmi4j.core.json.BmiJson;
import org.bmi4j.process.Outcome;
import org.bmi4j.process.ProcessInstance;
import org.bmi4j.process.alliance.AllianceEvent.Advance;
import org.bmi4j.process.alliance.AllianceEvent.ApproveInternally;
import org.bmi4j.process.alliance.AllianceEvent.RecordBusinessCase;
import org.bmi4j.process.firm.FirmChains;
import org.junit.jupiter.api.Test;

/** An alliance is held as an {@link AllianceInstance}, never with three type arguments. */
class NamedInstanceTests {
  @Test
  void everyInstanceAnAcceptedEventLeadsToIsAnAllianceInstance() {
    AllianceInstance concept = Alliances.concept();
    Outcome<AllianceInstance> outcome =
        concept.apply(new RecordBusinessCase(Alliances.businessCase()));
    assertTrue(outcome.isAccepted());
    AllianceInstance next = outcome.instance();
    assertEquals(1, next.sequence());
    AllianceInstance foundation =
        next.applyOrThrow(new ApproveInternally("board")).applyOrThrow(new Advance());
    assertEquals(AlliancePhase.FOUNDATION, foundation.state());
  }

  @Test
  void aStartedAllianceIsNamedFromItsStartAndEqualsThePlainStart() {
    AllianceInstance concept = Alliances.concept();
    ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> plain =
        AllianceProcess.DEFINITION.start(concept.context(), Alliances.CLOCK);
    assertEquals(plain, concept);
    assertSame(concept.context(), concept.start());
    assertEquals(AlliancePhase.CONCEPT, concept.state());
    assertEquals(0, concept.sequence());
  }

  @Test
  void aRejectionHandsBackTheSameInstanceAsItsNamedType() {
    AllianceInstance concept = Alliances.concept();
    Outcome<AllianceInstance> outcome = concept.apply(new Advance());
    Outcome.Rejected<?> rejected = assertInstanceOf(Outcome.Rejected.class, outcome);
    assertSame(concept, rejected.instance());
    assertEquals(2, outcome.violations().size());
  }

  @Test
  void applyAllAppliesEveryEventInOrder() {
    AllianceInstance foundation =
        Alliances.concept()
            .applyAll(
                List.of(
                    new RecordBusinessCase(Alliances.businessCase()),
                    new ApproveInternally("board"),
                    new Advance()));
    assertEquals(Alliances.foundation(), foundation);
  }

  @Test
  void genericCodeHoldsItAsAProcessInstanceAndItsSuccessorsStayNamed() {
    ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> generic = Alliances.concept();
    ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> next =
        generic.applyOrThrow(new RecordBusinessCase(Alliances.businessCase()));
    assertInstanceOf(AllianceInstance.class, next);
  }

  @Test
  void aPlainInstanceOfTheDefinitionIsNamedEqual() {
    ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> plain =
        AllianceProcess.DEFINITION.start(Alliances.concept().context(), Alliances.CLOCK);
    AllianceInstance named = AllianceInstance.of(plain);
    assertEquals(plain, named);
    assertEquals(named, plain);
    assertSame(named, AllianceInstance.of(named));
  }

  @Test
  void anInstanceOfAnotherDefinitionIsNotAnAllianceInstance() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    ProcessInstance<AlliancePhase, AllianceEvent, AllianceContext> firm =
        (ProcessInstance) FirmChains.fleetCase();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AllianceInstance.of(firm));
    assertEquals(
        "an instance of 'firm-bmi' is not an AllianceInstance; only instances of 'alliance-bmi'"
            + " are",
        e.getMessage());
  }

  @Test
  void itsDocumentReadsBackAsAnAllianceInstance() {
    AllianceInstance foundation = Alliances.foundation();
    String json = BmiJson.write(AllianceProcess.documentType(Alliances.CLOCK), foundation);
    AllianceInstance read = BmiJson.read(AllianceProcess.documentType(Alliances.CLOCK), json);
    assertEquals(foundation, read);
  }
}
