package org.bmi4j.core.canvas;

/** The nine blocks of the Business Model Canvas, in the order the canvas is usually explained. */
public enum CanvasBlock {
  /** The groups the model creates value for. */
  CUSTOMER_SEGMENTS("Customer segments"),
  /** What value the model offers, and for whom. */
  VALUE_PROPOSITIONS("Value propositions"),
  /** Through which channels value reaches the actors. */
  CHANNELS("Channels"),
  /** How the model relates to each segment. */
  CUSTOMER_RELATIONSHIPS("Customer relationships"),
  /** Who pays, how, and how much. */
  REVENUE_STREAMS("Revenue streams"),
  /** The activities of the activity system and who performs them. */
  KEY_ACTIVITIES("Key activities"),
  /** The resources value creation draws on. */
  KEY_RESOURCES("Key resources"),
  /** The actors, other than owners and segments, the model relies on. */
  KEY_PARTNERS("Key partners"),
  /** What the model costs, and the surplus it gives away. */
  COST_STRUCTURE("Cost structure");

  private final String title;

  CanvasBlock(String title) {
    this.title = title;
  }

  /**
   * Returns the block's title as the canvas shows it, such as {@code "Key partners"}.
   *
   * @return the block's title as the canvas shows it, such as {@code "Key partners"}
   */
  public String title() {
    return title;
  }
}
