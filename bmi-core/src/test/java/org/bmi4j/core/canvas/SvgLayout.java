package org.bmi4j.core.canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The geometry of a rendered canvas page, read back from its SVG for layout tests. */
record SvgLayout(int width, int height, String viewBox, Map<CanvasBlock, Block> blocks) {
  static final String SVG = "http://www.w3.org/2000/svg";

  /** A text line or mark at a point. */
  record Placed(int x, int y, String text) {}

  /** One block: its rectangle, title, bullets and lines (one list of lines per entry). */
  record Block(
      int x,
      int y,
      int width,
      int height,
      Placed title,
      List<Placed> bullets,
      List<List<Placed>> entries,
      Placed empty) {
    int right() {
      return x + width;
    }

    int bottom() {
      return y + height;
    }
  }

  static SvgLayout of(String html) throws Exception {
    Document document = CanvasTests.parse(html);
    Element svg = (Element) document.getElementsByTagNameNS(SVG, "svg").item(0);
    Map<CanvasBlock, Block> blocks = new EnumMap<>(CanvasBlock.class);
    for (CanvasBlock block : CanvasBlock.values()) {
      Element group = CanvasTests.group(document, block);
      Element rect = (Element) group.getElementsByTagNameNS(SVG, "rect").item(0);
      NodeList texts = group.getElementsByTagNameNS(SVG, "text");
      Element titleText = (Element) texts.item(0);
      Placed title =
          new Placed(number(titleText, "x"), number(titleText, "y"), titleText.getTextContent());
      List<Placed> bullets = new ArrayList<>();
      NodeList circles = group.getElementsByTagNameNS(SVG, "circle");
      for (int i = 0; i < circles.getLength(); i++) {
        Element circle = (Element) circles.item(i);
        bullets.add(new Placed(number(circle, "cx"), number(circle, "cy"), ""));
      }
      List<List<Placed>> entries = new ArrayList<>();
      Placed empty = null;
      for (int i = 1; i < texts.getLength(); i++) {
        Element text = (Element) texts.item(i);
        NodeList spans = text.getElementsByTagNameNS(SVG, "tspan");
        if (spans.getLength() == 0) {
          empty = new Placed(number(text, "x"), number(text, "y"), text.getTextContent());
          continue;
        }
        List<Placed> lines = new ArrayList<>();
        for (int j = 0; j < spans.getLength(); j++) {
          Element span = (Element) spans.item(j);
          lines.add(new Placed(number(span, "x"), number(span, "y"), span.getTextContent()));
        }
        entries.add(lines);
      }
      blocks.put(
          block,
          new Block(
              number(rect, "x"),
              number(rect, "y"),
              number(rect, "width"),
              number(rect, "height"),
              title,
              bullets,
              entries,
              empty));
    }
    String[] viewBox = svg.getAttribute("viewBox").split(" ");
    return new SvgLayout(
        Integer.parseInt(viewBox[2]),
        Integer.parseInt(viewBox[3]),
        svg.getAttribute("viewBox"),
        blocks);
  }

  Block block(CanvasBlock block) {
    return blocks.get(block);
  }

  private static int number(Element element, String attribute) {
    return Integer.parseInt(element.getAttribute(attribute));
  }

  /** The library's measure of a text's width in SVG pixels at the entries' 13 pixel font. */
  static double pixels(String text) {
    return CanvasHtml.advance(text) * 13.0 / 2048;
  }
}
