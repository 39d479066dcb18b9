package org.bmi4j.core.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.ActorRole;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.ModelArbitraries;
import org.w3c.dom.Document;

/** Properties of the canvas view of any business model. */
class CanvasProperties {
  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
  }

  /**
   * Models whose actors all have different names: the canvas shows actors by name, so only there
   * does an entry tell which actor it stands for.
   */
  @Provide
  Arbitrary<BusinessModel> modelsWithDistinctActorNames() {
    return ModelArbitraries.businessModels()
        .filter(
            model ->
                model.actors().stream().map(Actor::name).distinct().count()
                    == model.actors().size());
  }

  @Property(tries = 200)
  void theHtmlOfAnyModelIsWellFormedAndShowsEveryEntryInItsBlock(
      @ForAll("models") BusinessModel model) throws Exception {
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    Document document = CanvasTests.parse(canvas.toHtml());
    for (CanvasBlock block : CanvasBlock.values()) {
      String text = CanvasTests.group(document, block).getTextContent().replaceAll("\\s", "");
      for (String entry : canvas.entries(block)) {
        assertTrue(text.contains(entry.replaceAll("\\s", "")), () -> block + ": " + entry);
      }
    }
  }

  /**
   * Every actor has its place: an owner among the owners, a unit or parent of an owner in the
   * group, any other actor once among the segments or the partners, and among both only when it
   * plays a partner's role besides a segment's.
   */
  @Property
  void everyActorHasItsPlaceAmongOwnersGroupSegmentsAndPartners(
      @ForAll("modelsWithDistinctActorNames") BusinessModel model) {
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    String group =
        canvas.header().stream().filter(h -> h.startsWith("Group: ")).findFirst().orElse("");
    for (Actor actor : model.actors()) {
      List<String> places = new ArrayList<>();
      if (model.owners().contains(actor.id())) {
        places.add("owners");
      }
      String entry =
          actor.name()
              + " ("
              + actor.roles().stream()
                  .map(CanvasMapping::words)
                  .collect(java.util.stream.Collectors.joining(", "))
              + ")";
      if (canvas.entries(CanvasBlock.CUSTOMER_SEGMENTS).contains(entry)) {
        places.add("segments");
      }
      if (canvas.entries(CanvasBlock.KEY_PARTNERS).stream()
          .anyMatch(p -> p.equals(entry) || p.startsWith(entry + ": "))) {
        places.add("partners");
      }
      if (places.isEmpty()) {
        assertTrue(group.contains(actor.name()), () -> actor + " has no place: " + canvas);
      } else if (places.size() == 2) {
        assertEquals(List.of("segments", "partners"), places, actor::toString);
        assertTrue(
            actor.otherRoles().stream()
                .anyMatch(r -> r != ActorRole.CUSTOMER_SEGMENT && r != ActorRole.BENEFICIARY),
            actor::toString);
      } else {
        assertEquals(1, places.size(), () -> actor + " " + places);
      }
    }
  }

  @Property
  void theMarkdownHasEveryBlockOnceInCanvasOrder(@ForAll("models") BusinessModel model) {
    String markdown = BusinessModelCanvas.of(model).toMarkdown();
    int at = 0;
    for (CanvasBlock block : CanvasBlock.values()) {
      int next = markdown.indexOf("\n## " + block.title() + "\n", at);
      assertTrue(next >= at, block::name);
      at = next + 1;
    }
    assertEquals(CanvasBlock.values().length, markdown.split("\n## ", -1).length - 1);
  }
}
