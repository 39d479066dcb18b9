package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * What an exchange passes from one actor to another: one of the model's offerings, or a named item
 * such as money or data.
 *
 * <p>In JSON the variant is named by a {@code "type"} property: {@code "offering"} or {@code
 * "item"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Exchanged.OfferingRef.class, name = "offering"),
  @JsonSubTypes.Type(value = Exchanged.Item.class, name = "item")
})
public sealed interface Exchanged {

  /**
   * Returns a reference to the offering with the given id.
   *
   * @param offeringId the offering's id
   * @return a reference to the offering with the given id
   */
  static Exchanged offering(String offeringId) {
    return new OfferingRef(offeringId);
  }

  /**
   * Returns a named item such as {@code "money"} or {@code "data"}.
   *
   * @param name the item's name
   * @return a named item such as {@code "money"} or {@code "data"}
   */
  static Exchanged item(String name) {
    return new Item(name);
  }

  /**
   * One of the model's offerings.
   *
   * @param offering the offering's id
   */
  record OfferingRef(String offering) implements Exchanged {
    /**
     * @param offering the offering's id
     * @throws NullPointerException if {@code offering} is null
     */
    public OfferingRef {
      Objects.requireNonNull(offering, "offering");
    }
  }

  /**
   * A named item that is not an offering, such as money or data.
   *
   * @param name the item's name
   */
  record Item(String name) implements Exchanged {
    /**
     * @param name the item's name
     * @throws NullPointerException if {@code name} is null
     */
    public Item {
      Objects.requireNonNull(name, "name");
    }
  }
}
