package org.bmi4j.core.model;

/** The role an actor plays towards the business model it appears in. */
public enum ActorRole {
  /** The firm whose business model this is, or the firm initiating an alliance [Spieth et al.]. */
  FOCAL_FIRM,
  /**
   * A partner firm of a strategic alliance or partnership [Spieth et al.; Bagnato &amp; Giordino].
   */
  PARTNER,
  /** A group of customers the value proposition addresses. */
  CUSTOMER_SEGMENT,
  /** A group that receives social or environmental value, paying or not [De Silva et al. 2019]. */
  BENEFICIARY,
  /** A provider of inputs such as materials or services. */
  SUPPLIER,
  /** A digital platform the firm partners with [Bagnato &amp; Giordino]. */
  PLATFORM,
  /** A non-profit organisation, such as a charity [De Silva et al. 2019; Oskam et al. 2021]. */
  NON_PROFIT,
  /** A public body: a municipality, agency or public research institute [Oskam et al. 2021]. */
  PUBLIC_BODY,
  /** A provider of capital. */
  INVESTOR,
  /** A community of people, for example residents or waste pickers [De Silva et al. 2019]. */
  COMMUNITY,
  /** A joint venture founded by alliance partners [Spieth et al.]. */
  JOINT_VENTURE
}
