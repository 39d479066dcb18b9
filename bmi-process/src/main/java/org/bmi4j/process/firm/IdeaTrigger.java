package org.bmi4j.process.firm;

/**
 * What set off an enhancement idea for a firm's business model [Spieth, Laudien &amp; Meissner].
 */
public enum IdeaTrigger {
  /** A leap in technology, such as electrification or connectivity [SPIETH]. */
  TECHNOLOGY_LEAP,
  /** A social development, such as a changed attitude to owning things [SPIETH]. */
  SOCIAL_DEVELOPMENT,
  /** A change in regulation [SPIETH]. */
  REGULATION,
  /** Input from the firm's network of partners and contacts [SPIETH]. */
  NETWORK_INPUT,
  /** Exchange with science, such as universities and research institutes [SPIETH]. */
  SCIENTIFIC_EXCHANGE,
  /** Any other trigger; the idea's description says which. */
  OTHER
}
