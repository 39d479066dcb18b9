package org.bmi4j.core.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One flow of value from one actor to another through a channel [De Silva et al. 2019, value
 * exchange; reciprocity as in e3value].
 *
 * <p>Create one with {@code Exchange.of(id, provider, recipient, what, channel)} (issue 15), or
 * with {@code Exchange.builder()} for the optional parts; {@code with...} methods change one part.
 */
@Value.Immutable
@JsonSerialize(as = Exchange.class)
@JsonDeserialize(as = Exchange.class)
abstract class AbstractExchange {
  /**
   * The exchange's id, unique among the model's exchanges.
   *
   * @return the exchange's id, unique among the model's exchanges
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The id of the actor giving (JSON key {@code provider}; documents with the former key {@code
   * from} still read).
   *
   * @return the id of the actor giving
   */
  @JsonAlias("from")
  @Value.Parameter
  public abstract String provider();

  /**
   * The id of the actor receiving (JSON key {@code recipient}; documents with the former key {@code
   * to} still read).
   *
   * @return the id of the actor receiving
   */
  @JsonAlias("to")
  @Value.Parameter
  public abstract String recipient();

  /**
   * What is passed on.
   *
   * @return what is passed on
   */
  @Value.Parameter
  public abstract Exchanged what();

  /**
   * The channel it passes through.
   *
   * @return the channel it passes through
   */
  @Value.Parameter
  public abstract Channel channel();

  /**
   * The id of the actor standing between giver and recipient, for a {@link Channel#THIRD_PARTY}
   * exchange that names it (a retailer, a distributor, an NGO handing goods on); never the giver or
   * the recipient, and only on a third-party exchange.
   *
   * @return the id of the actor standing between giver and recipient, for a {@link
   *     Channel#THIRD_PARTY} exchange that names it (a retailer, a distributor, an NGO handing
   *     goods on)
   */
  public abstract Optional<String> intermediary();
}
