package org.bmi4j.process.firm;

import static com.google.common.base.Preconditions.checkNotNull;

import org.bmi4j.core.model.Actor;
import org.bmi4j.core.model.BusinessModel;

/**
 * The partner a firm proposes in {@link FirmPhase#CONSOLIDATION}, with the partner's extant
 * business model, against which the firm's own is intersected [Spieth, Laudien &amp; Meissner].
 *
 * @param partner the partner firm
 * @param model the partner's extant business model
 */
public record ProposedPartner(Actor partner, BusinessModel model) {
  /**
   * @param partner the partner firm
   * @param model the partner's extant business model
   * @throws NullPointerException if a part is null
   */
  public ProposedPartner {
    checkNotNull(partner, "partner");
    checkNotNull(model, "model");
  }
}
