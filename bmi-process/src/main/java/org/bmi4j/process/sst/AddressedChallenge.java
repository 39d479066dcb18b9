package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A challenge the organisation addressed at a stage [DESILVA, Table 5].
 *
 * @param challenge the challenge in words: a catalogue entry's text or the user's own
 * @param catalogueEntry the id of the catalogue entry it refers to, if any
 * @param how how it was addressed
 * @param stage the stage at which it was recorded
 * @param cycle the cycle in which it was recorded, from 1
 */
public record AddressedChallenge(
    String challenge, Optional<String> catalogueEntry, String how, SstStage stage, int cycle) {
  /**
   * @param cycle the cycle in which it was recorded, from 1
   * @param challenge the challenge in words: a catalogue entry's text or the user's own
   * @param catalogueEntry the id of the catalogue entry it refers to, if any
   * @param how how it was addressed
   * @param stage the stage at which it was recorded
   * @throws NullPointerException if a component is null
   */
  public AddressedChallenge {
    checkNotNull(challenge, "challenge");
    checkNotNull(catalogueEntry, "catalogueEntry");
    checkNotNull(how, "how");
    checkNotNull(stage, "stage");
  }
}
