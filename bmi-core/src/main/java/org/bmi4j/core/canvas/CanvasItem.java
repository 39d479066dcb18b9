package org.bmi4j.core.canvas;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.bmi4j.core.canvas.CanvasMapping.capitalised;
import static org.bmi4j.core.canvas.CanvasMapping.words;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bmi4j.core.model.ActivityKind;
import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.AmountBasis;
import org.bmi4j.core.model.Channel;
import org.bmi4j.core.model.Exchanged;
import org.bmi4j.core.model.GovernanceMode;
import org.bmi4j.core.model.Money;
import org.bmi4j.core.model.ResourceKind;
import org.bmi4j.core.model.RevenueMechanism;
import org.bmi4j.core.model.ValueKind;

/**
 * One item of a {@link BusinessModelCanvas canvas block} (the blocks of Osterwalder &amp; Pigneur's
 * Business Model Canvas): what the item shows as typed parts (the actors it names, with their
 * roles, an amount as {@link Money} with its {@link AmountBasis}, a channel, the relationships of a
 * segment), and {@link #text()}, the line the Markdown and HTML views print for it.
 *
 * <p>Each kind of item belongs to one block ({@link #block()}); a {@link Note} may stand in any
 * block. Items name the model's elements by id and show them by name; actors are the model's {@link
 * Actor}s. The texts are the library's own wording of the parts.
 */
public sealed interface CanvasItem {
  /**
   * Returns the block this item stands in.
   *
   * @return the block this item stands in
   */
  CanvasBlock block();

  /**
   * Returns the line the canvas views print for this item, built from its parts only.
   *
   * @return the line the canvas views print for this item
   */
  String text();

  /**
   * A customer segment: an actor, other than an owner, that the model creates value for.
   *
   * @param actor the actor, with its roles (main role first)
   */
  record Segment(Actor actor) implements CanvasItem {
    /**
     * Checks the component.
     *
     * @param actor the actor, with its roles (main role first)
     * @throws NullPointerException if {@code actor} is null
     */
    public Segment {
      checkNotNull(actor, "actor");
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.CUSTOMER_SEGMENTS;
    }

    /** Returns the actor's name and roles: {@code "Local farmers (community, supplier)"}. */
    @Override
    public String text() {
      return actor.name() + " (" + roles(actor) + ")";
    }
  }

  /**
   * A value proposition: an offering, the kinds of value it carries and whom it is for.
   *
   * @param offering the offering's id
   * @param name the offering's name
   * @param valueKinds the kinds of value the offering carries
   * @param beneficiaries the actors the offering is for, in the offering's order
   */
  record Proposition(
      String offering,
      String name,
      ImmutableSet<ValueKind> valueKinds,
      ImmutableList<Actor> beneficiaries)
      implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param offering the offering's id
     * @param name the offering's name
     * @param valueKinds the kinds of value the offering carries
     * @param beneficiaries the actors the offering is for, in the offering's order
     * @throws NullPointerException if a component is null
     */
    public Proposition {
      checkNotNull(offering, "offering");
      checkNotNull(name, "name");
      checkNotNull(valueKinds, "valueKinds");
      checkNotNull(beneficiaries, "beneficiaries");
    }

    /**
     * Copies the given collections, of any kind, into immutable ones.
     *
     * @param offering the offering's id
     * @param name the offering's name
     * @param valueKinds the kinds of value the offering carries
     * @param beneficiaries the actors the offering is for, in the offering's order
     * @throws NullPointerException if a component is null
     */
    public Proposition(
        String offering,
        String name,
        Set<ValueKind> valueKinds,
        Collection<? extends Actor> beneficiaries) {
      this(offering, name, ImmutableSet.copyOf(valueKinds), ImmutableList.copyOf(beneficiaries));
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.VALUE_PROPOSITIONS;
    }

    /**
     * Returns the name, the value kinds and the beneficiaries: {@code "Fertiliser from pomace:
     * social and environmental value for Local farmers"}.
     */
    @Override
    public String text() {
      StringBuilder text = new StringBuilder(name);
      if (!valueKinds.isEmpty()) {
        text.append(": ")
            .append(
                valueKinds.stream().map(CanvasMapping::words).collect(Collectors.joining(" and ")))
            .append(" value");
      }
      if (!beneficiaries.isEmpty()) {
        text.append(" for ").append(names(beneficiaries));
      }
      return text.toString();
    }
  }

  /**
   * A social or environmental mission of the model and what delivers it: the offerings of that kind
   * that are for someone, then the value shares of that kind that give something, after the social
   * and environmental layers of the Triple Layered Business Model Canvas [Joyce &amp; Paquin 2016,
   * J. Cleaner Production 135], folded into the value propositions block.
   *
   * @param kind the mission's kind of value
   * @param offerings the value propositions that deliver it
   * @param valueShares the value shares that deliver it
   */
  record Mission(
      ValueKind kind,
      ImmutableList<Proposition> offerings,
      ImmutableList<ValueShareGiven> valueShares)
      implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param kind the mission's kind of value
     * @param offerings the value propositions that deliver it
     * @param valueShares the value shares that deliver it
     * @throws NullPointerException if a component is null
     */
    public Mission {
      checkNotNull(kind, "kind");
      checkNotNull(offerings, "offerings");
      checkNotNull(valueShares, "valueShares");
    }

    /**
     * Copies the given collections, of any kind, into immutable ones.
     *
     * @param kind the mission's kind of value
     * @param offerings the value propositions that deliver it
     * @param valueShares the value shares that deliver it
     * @throws NullPointerException if a component is null
     */
    public Mission(
        ValueKind kind,
        Collection<? extends Proposition> offerings,
        Collection<? extends ValueShareGiven> valueShares) {
      this(kind, ImmutableList.copyOf(offerings), ImmutableList.copyOf(valueShares));
    }

    /**
     * Returns whether something delivers the mission.
     *
     * @return whether an offering or a value share delivers the mission
     */
    public boolean isDelivered() {
      return !offerings.isEmpty() || !valueShares.isEmpty();
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.VALUE_PROPOSITIONS;
    }

    /**
     * Returns the mission and what delivers it: {@code "Social mission: delivered by Fertiliser
     * from pomace, value share to Local farmers"}, or {@code "... delivered by nothing yet"}.
     */
    @Override
    public String text() {
      List<String> by = new ArrayList<>();
      offerings.forEach(o -> by.add(o.name()));
      valueShares.forEach(s -> by.add("value share to " + s.recipient().name()));
      return capitalised(words(kind))
          + " mission: "
          + (by.isEmpty() ? "delivered by nothing yet" : "delivered by " + String.join(", ", by));
    }
  }

  /**
   * What one exchange brings through a channel to a segment.
   *
   * @param what the offering or item exchanged
   * @param name the name of the offering or item
   * @param recipient the segment it reaches
   * @param intermediary the third party it goes through, if the exchange names one
   */
  record Delivery(Exchanged what, String name, Actor recipient, Optional<Actor> intermediary) {
    /**
     * Checks the components.
     *
     * @param what the offering or item exchanged
     * @param name the name of the offering or item
     * @param recipient the segment it reaches
     * @param intermediary the third party it goes through, if the exchange names one
     * @throws NullPointerException if a component is null
     */
    public Delivery {
      checkNotNull(what, "what");
      checkNotNull(name, "name");
      checkNotNull(recipient, "recipient");
      checkNotNull(intermediary, "intermediary");
    }

    /**
     * Returns what reaches whom: {@code "Regional wine to Online shoppers via Partner
     * restaurants"}.
     *
     * @return what reaches whom, and through whom
     */
    public String text() {
      return name
          + " to "
          + recipient.name()
          + intermediary.map(i -> " via " + i.name()).orElse("");
    }
  }

  /**
   * A channel and what reaches the segments through it; channels are outbound only.
   *
   * @param channel the channel
   * @param deliveries what reaches which segment through it, each once, in the model's order
   */
  record ChannelUse(Channel channel, ImmutableList<Delivery> deliveries) implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param channel the channel
     * @param deliveries what reaches which segment through it, each once, in the model's order
     * @throws NullPointerException if a component is null
     */
    public ChannelUse {
      checkNotNull(channel, "channel");
      checkNotNull(deliveries, "deliveries");
    }

    /**
     * Copies the given collection, of any kind, into an immutable one.
     *
     * @param channel the channel
     * @param deliveries what reaches which segment through it, each once, in the model's order
     * @throws NullPointerException if a component is null
     */
    public ChannelUse(Channel channel, Collection<? extends Delivery> deliveries) {
      this(channel, ImmutableList.copyOf(deliveries));
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.CHANNELS;
    }

    /** Returns the channel and its deliveries: {@code "Direct: Regional wine to Partner ..."}. */
    @Override
    public String text() {
      return capitalised(words(channel))
          + ": "
          + deliveries.stream().map(Delivery::text).collect(Collectors.joining("; "));
    }
  }

  /**
   * How the model relates to one segment, by kind of relationship: the activities it co-creates,
   * the mechanisms it pays by, the kinds of the value shares it receives, and who funds what it is
   * given free. A segment with none of these has no relationship item.
   *
   * @param segment the segment
   * @param coCreates the activities the segment performs or co-performs (co-creation)
   * @param paysBy the revenue mechanisms the segment pays by
   * @param valueShares the kind of each value share the segment receives, in the model's order
   * @param fundedBy the third parties that fund what the segment is served free
   */
  record Relationship(
      Actor segment,
      ImmutableList<KeyActivity> coCreates,
      ImmutableSet<RevenueMechanism> paysBy,
      ImmutableList<ValueKind> valueShares,
      ImmutableList<Actor> fundedBy)
      implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param segment the segment
     * @param coCreates the activities the segment performs or co-performs (co-creation)
     * @param paysBy the revenue mechanisms the segment pays by
     * @param valueShares the kind of each value share the segment receives, in the model's order
     * @param fundedBy the third parties that fund what the segment is served free
     * @throws NullPointerException if a component is null
     */
    public Relationship {
      checkNotNull(segment, "segment");
      checkNotNull(coCreates, "coCreates");
      checkNotNull(paysBy, "paysBy");
      checkNotNull(valueShares, "valueShares");
      checkNotNull(fundedBy, "fundedBy");
    }

    /**
     * Copies the given collections, of any kind, into immutable ones.
     *
     * @param segment the segment
     * @param coCreates the activities the segment performs or co-performs (co-creation)
     * @param paysBy the revenue mechanisms the segment pays by
     * @param valueShares the kind of each value share the segment receives, in the model's order
     * @param fundedBy the third parties that fund what the segment is served free
     * @throws NullPointerException if a component is null
     */
    public Relationship(
        Actor segment,
        Collection<? extends KeyActivity> coCreates,
        Set<RevenueMechanism> paysBy,
        Collection<ValueKind> valueShares,
        Collection<? extends Actor> fundedBy) {
      this(
          segment,
          ImmutableList.copyOf(coCreates),
          ImmutableSet.copyOf(paysBy),
          ImmutableList.copyOf(valueShares),
          ImmutableList.copyOf(fundedBy));
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.CUSTOMER_RELATIONSHIPS;
    }

    /**
     * Returns the segment and its relationships: {@code "Partner restaurants: co-creates Blend
     * design (trust-based, term P10Y); pays by subscription"}.
     */
    @Override
    public String text() {
      List<String> parts = new ArrayList<>();
      for (KeyActivity activity : coCreates) {
        parts.add(
            "co-creates "
                + activity.name()
                + " ("
                + words(activity.mode())
                + activity.contractTerm().map(t -> ", term " + t).orElse("")
                + ")");
      }
      if (!paysBy.isEmpty()) {
        parts.add(
            "pays by "
                + paysBy.stream().map(CanvasMapping::words).collect(Collectors.joining(", ")));
      }
      for (ValueKind kind : valueShares) {
        String word = words(kind);
        parts.add(
            "receives "
                + ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ")
                + word
                + " value share");
      }
      if (!fundedBy.isEmpty()) {
        parts.add("served free, funded by " + names(fundedBy));
      }
      return segment.name() + ": " + String.join("; ", parts);
    }
  }

  /**
   * A revenue stream: how the payer pays, and how much if known.
   *
   * @param stream the revenue stream's id
   * @param mechanism how the payer pays
   * @param payer the actor that pays
   * @param amount the amount, if known
   * @param basis what the amount is counted against
   */
  record Revenue(
      String stream,
      RevenueMechanism mechanism,
      Actor payer,
      Optional<Money> amount,
      AmountBasis basis)
      implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param stream the revenue stream's id
     * @param mechanism how the payer pays
     * @param payer the actor that pays
     * @param amount the amount, if known
     * @param basis what the amount is counted against
     * @throws NullPointerException if a component is null
     */
    public Revenue {
      checkNotNull(stream, "stream");
      checkNotNull(mechanism, "mechanism");
      checkNotNull(payer, "payer");
      checkNotNull(amount, "amount");
      checkNotNull(basis, "basis");
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.REVENUE_STREAMS;
    }

    /**
     * Returns the mechanism, payer and amount: {@code "Sale from Online shoppers: 84000 EUR ..."}.
     */
    @Override
    public String text() {
      return capitalised(words(mechanism))
          + " from "
          + payer.name()
          + amount.map(m -> ": " + m + " " + words(basis)).orElse("");
    }
  }

  /**
   * A key activity: its kind, who performs it and how it is governed.
   *
   * @param activity the activity's id
   * @param name the activity's name
   * @param kind the activity's kind
   * @param performer the actor that performs it
   * @param mode how it is governed
   * @param contractTerm the term of its contract, if it has one
   */
  record KeyActivity(
      String activity,
      String name,
      ActivityKind kind,
      Actor performer,
      GovernanceMode mode,
      Optional<Period> contractTerm)
      implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param activity the activity's id
     * @param name the activity's name
     * @param kind the activity's kind
     * @param performer the actor that performs it
     * @param mode how it is governed
     * @param contractTerm the term of its contract, if it has one
     * @throws NullPointerException if a component is null
     */
    public KeyActivity {
      checkNotNull(activity, "activity");
      checkNotNull(name, "name");
      checkNotNull(kind, "kind");
      checkNotNull(performer, "performer");
      checkNotNull(mode, "mode");
      checkNotNull(contractTerm, "contractTerm");
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.KEY_ACTIVITIES;
    }

    /**
     * Returns the name, kind, performer and mode: {@code "Winemaking (production) by Hill wines
     * SME; in-house governance"}.
     */
    @Override
    public String text() {
      return name
          + " ("
          + words(kind)
          + ") by "
          + performer.name()
          + "; "
          + words(mode)
          + " governance";
    }
  }

  /**
   * A key resource: its kind and who provides it.
   *
   * @param resource the resource's id
   * @param name the resource's name
   * @param kind the resource's kind
   * @param provider the actor that provides it
   */
  record KeyResource(String resource, String name, ResourceKind kind, Actor provider)
      implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param resource the resource's id
     * @param name the resource's name
     * @param kind the resource's kind
     * @param provider the actor that provides it
     * @throws NullPointerException if a component is null
     */
    public KeyResource {
      checkNotNull(resource, "resource");
      checkNotNull(name, "name");
      checkNotNull(kind, "kind");
      checkNotNull(provider, "provider");
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.KEY_RESOURCES;
    }

    /** Returns the name, kind and provider: {@code "Vineyard (physical) from Hill wines SME"}. */
    @Override
    public String text() {
      return name + " (" + words(kind) + ") from " + provider.name();
    }
  }

  /**
   * A key partner: an actor that is neither owner nor only a segment, with the resources it
   * provides and the activities it performs or co-performs.
   *
   * @param actor the partner, with its roles (main role first)
   * @param provides the key resources it provides
   * @param performs the key activities it performs or co-performs
   */
  record Partner(
      Actor actor, ImmutableList<KeyResource> provides, ImmutableList<KeyActivity> performs)
      implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param actor the partner, with its roles (main role first)
     * @param provides the key resources it provides
     * @param performs the key activities it performs or co-performs
     * @throws NullPointerException if a component is null
     */
    public Partner {
      checkNotNull(actor, "actor");
      checkNotNull(provides, "provides");
      checkNotNull(performs, "performs");
    }

    /**
     * Copies the given collections, of any kind, into immutable ones.
     *
     * @param actor the partner, with its roles (main role first)
     * @param provides the key resources it provides
     * @param performs the key activities it performs or co-performs
     * @throws NullPointerException if a component is null
     */
    public Partner(
        Actor actor,
        Collection<? extends KeyResource> provides,
        Collection<? extends KeyActivity> performs) {
      this(actor, ImmutableList.copyOf(provides), ImmutableList.copyOf(performs));
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.KEY_PARTNERS;
    }

    /**
     * Returns the name, roles and contributions: {@code "Regional bank (investor): provides Working
     * capital"}.
     */
    @Override
    public String text() {
      List<String> parts = new ArrayList<>();
      if (!provides.isEmpty()) {
        parts.add(
            "provides "
                + provides.stream().map(KeyResource::name).collect(Collectors.joining(", ")));
      }
      if (!performs.isEmpty()) {
        parts.add(
            "performs "
                + performs.stream().map(KeyActivity::name).collect(Collectors.joining(", ")));
      }
      return actor.name()
          + " ("
          + roles(actor)
          + ")"
          + (parts.isEmpty() ? "" : ": " + String.join("; ", parts));
    }
  }

  /**
   * A cost item: its amount if known, and whom it is paid to if the model says.
   *
   * @param cost the cost item's id
   * @param name the cost item's name
   * @param amount the amount, if known
   * @param basis what the amount is counted against
   * @param payee the actor it is paid to, if the model names one
   */
  record Cost(
      String cost, String name, Optional<Money> amount, AmountBasis basis, Optional<Actor> payee)
      implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param cost the cost item's id
     * @param name the cost item's name
     * @param amount the amount, if known
     * @param basis what the amount is counted against
     * @param payee the actor it is paid to, if the model names one
     * @throws NullPointerException if a component is null
     */
    public Cost {
      checkNotNull(cost, "cost");
      checkNotNull(name, "name");
      checkNotNull(amount, "amount");
      checkNotNull(basis, "basis");
      checkNotNull(payee, "payee");
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.COST_STRUCTURE;
    }

    /**
     * Returns the name, amount and payee: {@code "Platform commission: 900 EUR per period, paid to
     * Regional retail platform"}.
     */
    @Override
    public String text() {
      return name
          + amount.map(m -> ": " + m + " " + words(basis)).orElse("")
          + payee.map(p -> ", paid to " + p.name()).orElse("");
    }
  }

  /**
   * A value share: surplus of a kind the model gives to an actor, in the cost structure.
   *
   * @param share the value share's id
   * @param recipient the actor that receives it
   * @param kind the kind of value it gives
   * @param fraction the fraction of the surplus, if known (0.10 for ten percent)
   */
  record ValueShareGiven(
      String share, Actor recipient, ValueKind kind, Optional<BigDecimal> fraction)
      implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param share the value share's id
     * @param recipient the actor that receives it
     * @param kind the kind of value it gives
     * @param fraction the fraction of the surplus, if known (0.10 for ten percent)
     * @throws NullPointerException if a component is null
     */
    public ValueShareGiven {
      checkNotNull(share, "share");
      checkNotNull(recipient, "recipient");
      checkNotNull(kind, "kind");
      checkNotNull(fraction, "fraction");
    }

    @Override
    public CanvasBlock block() {
      return CanvasBlock.COST_STRUCTURE;
    }

    /**
     * Returns the recipient, kind and fraction: {@code "Value share to Local farmers (social,
     * 10%)"}.
     */
    @Override
    public String text() {
      return "Value share to "
          + recipient.name()
          + " ("
          + words(kind)
          + fraction
              .map(s -> ", " + s.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
              .orElse("")
          + ")";
    }
  }

  /**
   * A note in any block: free text a person adds to a canvas, such as what the model does not hold.
   *
   * @param block the block the note stands in
   * @param text the note's text, printed as it is (escaped for each view)
   */
  record Note(CanvasBlock block, String text) implements CanvasItem {
    /**
     * Checks the components.
     *
     * @param block the block the note stands in
     * @param text the note's text, printed as it is (escaped for each view)
     * @throws NullPointerException if a component is null
     */
    public Note {
      checkNotNull(block, "block");
      checkNotNull(text, "text");
    }
  }

  /** Returns an actor's roles in words, main role first: "beneficiary, supplier". */
  private static String roles(Actor actor) {
    return actor.roles().stream().map(CanvasMapping::words).collect(Collectors.joining(", "));
  }

  private static String names(List<Actor> actors) {
    return actors.stream().map(Actor::name).collect(Collectors.joining(", "));
  }
}
