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
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.testing.ModelArbitraries;
import org.w3c.dom.Document;

/** Properties of the canvas view of any business model. */
class CanvasProperties {
  @Provide
  Arbitrary<BusinessModel> models() {
    return ModelArbitraries.businessModels();
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

  @Property
  void everyActorAppearsOnceAmongOwnersSegmentsAndPartners(@ForAll("models") BusinessModel model) {
    BusinessModelCanvas canvas = BusinessModelCanvas.of(model);
    List<String> places = new ArrayList<>();
    for (Actor actor : model.actors()) {
      if (model.owners().contains(actor.id())) {
        places.add("owners");
      }
      String entry = actor.name() + " (" + CanvasMapping.words(actor.role()) + ")";
      if (canvas.entries(CanvasBlock.CUSTOMER_SEGMENTS).contains(entry)) {
        places.add("segments");
      }
      if (canvas.entries(CanvasBlock.KEY_PARTNERS).stream()
          .anyMatch(p -> p.equals(entry) || p.startsWith(entry + ": "))) {
        places.add("partners");
      }
    }
    assertEquals(model.actors().size(), places.size(), places::toString);
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
