package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A knowledge exchange between the alliance and a parent company, which joint-venture alliances
 * need regularly [SPIETH].
 *
 * @param partner the parent company's actor id
 * @param description what was exchanged
 * @param at when it was recorded
 */
public record KnowledgeExchange(String partner, String description, Instant at) {
  /**
   * @param partner the parent company's actor id
   * @param description what was exchanged
   * @param at when it was recorded
   * @throws NullPointerException if a component is null
   */
  public KnowledgeExchange {
    checkNotNull(partner, "partner");
    checkNotNull(description, "description");
    checkNotNull(at, "at");
  }
}
