package org.bmi4j.process.alliance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.bmi4j.core.model.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The vision for the alliance's future formed in OPERATION [SPIETH], with why the partners formed
 * it. The alliance records when it was recorded ({@link AllianceContext#visionRecordedAt()}).
 *
 * <p>Built with the factory of its kind: {@link #reintegrate}, {@link #independent}, {@link
 * #split}, {@link #complete} or {@link #divest}. The reason may be blank here; the process rejects
 * a blank one, as it does every blank text.
 *
 * @param kind what is to happen
 * @param partner the actor id of the partner the alliance BM is reintegrated into; REINTEGRATE only
 * @param buyer the third party the alliance business is sold to, an actor with id and name; DIVEST
 *     only
 * @param reason why the partners formed this vision
 */
@JsonPropertyOrder({"kind", "partner", "buyer", "reason"})
public record Vision(
    VisionKind kind, Optional<String> partner, Optional<Actor> buyer, String reason) {
  /**
   * Checks the parts.
   *
   * @param kind what is to happen
   * @param partner the actor id of the partner the alliance BM is reintegrated into; REINTEGRATE
   *     only
   * @param buyer the third party the alliance business is sold to, an actor with id and name;
   *     DIVEST only
   * @param reason why the partners formed this vision
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a partner is named by a vision other than REINTEGRATE, or a
   *     buyer by a vision other than DIVEST
   */
  public Vision {
    checkNotNull(kind, "kind");
    checkNotNull(partner, "partner");
    checkNotNull(buyer, "buyer");
    checkNotNull(reason, "reason");
    checkArgument(
        partner.isEmpty() || kind == VisionKind.REINTEGRATE,
        "a %s vision names no partner, was '%s'; only a REINTEGRATE vision names the partner the"
            + " alliance business model is reintegrated into",
        kind,
        partner.orElse(""));
    checkArgument(
        buyer.isEmpty() || kind == VisionKind.DIVEST,
        "a %s vision names no buyer, was '%s'; only a DIVEST vision names the buyer",
        kind,
        buyer.map(Actor::id).orElse(""));
  }

  /**
   * Returns the vision to take the alliance BM into the named current partner.
   *
   * @param partner the current partner's actor id
   * @param reason why
   * @return the vision to take the alliance BM into the named current partner
   */
  public static Vision reintegrate(String partner, String reason) {
    return new Vision(
        VisionKind.REINTEGRATE,
        Optional.of(checkNotNull(partner, "partner")),
        Optional.empty(),
        reason);
  }

  /**
   * Returns the vision to run the alliance BM on its own.
   *
   * @param reason why
   * @return the vision to run the alliance BM on its own
   */
  public static Vision independent(String reason) {
    return new Vision(VisionKind.INDEPENDENT, Optional.empty(), Optional.empty(), reason);
  }

  /**
   * Returns the vision that each partner continues the BM on its own.
   *
   * @param reason why
   * @return the vision that each partner continues the BM on its own
   */
  public static Vision split(String reason) {
    return new Vision(VisionKind.SPLIT, Optional.empty(), Optional.empty(), reason);
  }

  /**
   * Returns the vision to complete at the end the contract defines.
   *
   * @param reason why
   * @return the vision to complete at the end the contract defines
   */
  public static Vision complete(String reason) {
    return new Vision(VisionKind.COMPLETE, Optional.empty(), Optional.empty(), reason);
  }

  /**
   * Returns the vision to sell the alliance business to {@code buyer}, a third party.
   *
   * @param buyer the third party buying the alliance business
   * @param reason why
   * @return the vision to sell the alliance business to {@code buyer}, a third party
   */
  public static Vision divest(Actor buyer, String reason) {
    return new Vision(
        VisionKind.DIVEST, Optional.empty(), Optional.of(checkNotNull(buyer, "buyer")), reason);
  }

  /**
   * Reads a vision from JSON. A document written before visions carried a reason and named their
   * buyer as an actor (a {@code "target"} string) is refused with what to change.
   */
  @JsonCreator
  static Vision fromJson(
      @JsonProperty("kind") @Nullable VisionKind kind,
      @JsonProperty("partner") @Nullable Optional<String> partner,
      @JsonProperty("buyer") @Nullable Optional<Actor> buyer,
      @JsonProperty("reason") @Nullable String reason,
      @JsonProperty("target") @Nullable Optional<String> target) {
    checkArgument(
        target == null || target.isEmpty(),
        "this vision names a \"target\" ('%s'), as documents did before visions carried a reason"
            + " and a buyer actor; to migrate, name a REINTEGRATE vision's partner in \"partner\","
            + " a DIVEST vision's buyer as an actor in \"buyer\" (id, name, role, sector), and give"
            + " the vision a \"reason\"",
        target == null ? "" : target.orElse(""));
    checkArgument(
        reason != null,
        "this %s vision has no \"reason\"; every vision records why the partners formed it, so"
            + " give it one (documents written before visions carried a reason lack it: add it to"
            + " each record-vision event)",
        kind);
    return new Vision(
        checkNotNull(kind, "kind"),
        partner == null ? Optional.empty() : partner,
        buyer == null ? Optional.empty() : buyer,
        reason);
  }

  /**
   * Returns the ending that carrying out this vision reaches.
   *
   * @return the ending that carrying out this vision reaches
   */
  public AlliancePhase ending() {
    return switch (kind) {
      case REINTEGRATE -> AlliancePhase.REINTEGRATED;
      case INDEPENDENT -> AlliancePhase.INDEPENDENT;
      case SPLIT -> AlliancePhase.SPLIT;
      case COMPLETE -> AlliancePhase.COMPLETED;
      case DIVEST -> AlliancePhase.DIVESTED;
    };
  }
}
