package org.bmi4j.core.model;

/** The channel through which an exchange reaches its recipient. */
public enum Channel {
  /** Directly between the two actors. */
  DIRECT,
  /** Through an intermediary such as a charity or retailer. */
  THIRD_PARTY,
  /** Through a digital platform [Bagnato and Giordino]. */
  PLATFORM,
  /** Through the firm's own shop or outlet. */
  OWN_OUTLET,
  /** Through the firm's own online channel. */
  ONLINE
}
