package org.bmi4j.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.bmi4j.core.internal.Sentences;

/**
 * Whether and how one exchange to an actor other than an owner is reciprocated (library
 * formalisation, after e3value's economic reciprocity [Gordijn &amp; Akkermans], widened from
 * customers to every actor receiving value).
 *
 * <p>A beneficiary served free is coherent when a third party funds it [De Silva et al. 2019:
 * donations, grants, investment and shared surplus sustain a social mission]; {@link #basis()} says
 * which case holds and {@link #payers()} who pays.
 *
 * @param exchange the exchange's id
 * @param recipient the id of the actor receiving it
 * @param basis which case holds
 * @param payers the ids of the actors that pay: the recipient when it pays or gives back, the
 *     funders of a third-party funding, the owners for a value share; empty when unreciprocated
 */
public record Reciprocity(
    String exchange, String recipient, Basis basis, ImmutableList<String> payers) {

  /** The case that holds, checked in this order. */
  public enum Basis {
    /** The recipient gives something back to the giver through another exchange. */
    GIVES_BACK,
    /** The recipient pays a revenue stream of the model. */
    PAYS_REVENUE,
    /**
     * Another actor funds the model by donation, grant or investment (a revenue stream of that
     * mechanism whose payer is not the recipient).
     */
    FUNDED_BY_THIRD_PARTY,
    /** The model gives the recipient a value share above zero, paid by the owners. */
    FUNDED_BY_VALUE_SHARE,
    /** Nothing reciprocates it: a coherence finding ({@link FindingCode#NO_RECIPROCAL_FLOW}). */
    NONE
  }

  /**
   * @param exchange the exchange's id
   * @param recipient the id of the actor receiving it
   * @param basis which case holds
   * @param payers the ids of the actors that pay: the recipient when it pays or gives back, the
   *     funders of a third-party funding, the owners for a value share; empty when unreciprocated
   * @throws NullPointerException if any component is null
   */
  public Reciprocity {
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(basis, "basis");
    payers = ImmutableList.copyOf(Objects.requireNonNull(payers, "payers"));
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param exchange the exchange's id
   * @param recipient the id of the actor receiving it
   * @param basis which case holds
   * @param payers the ids of the actors that pay: the recipient when it pays or gives back, the
   *     funders of a third-party funding, the owners for a value share; empty when unreciprocated
   * @throws NullPointerException if any component is null
   */
  public Reciprocity(
      String exchange, String recipient, Basis basis, List<? extends String> payers) {
    this(exchange, recipient, basis, ImmutableList.copyOf(payers));
  }

  /**
   * Returns whether the exchange is reciprocated or funded.
   *
   * @return whether the exchange is reciprocated or funded
   */
  public boolean isReciprocated() {
    return basis != Basis.NONE;
  }

  /** Returns a short description for logs: the exchange, recipient, basis and how many payers. */
  @Override
  public String toString() {
    return "Reciprocity["
        + exchange
        + " to "
        + recipient
        + ": "
        + basis
        + ", "
        + Sentences.count(payers.size(), "payer")
        + "]";
  }
}
