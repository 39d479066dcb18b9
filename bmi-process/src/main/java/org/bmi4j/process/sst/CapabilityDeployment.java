package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A capability deployed by an actor at a stage, level and site [DESILVA, Tables 4-5].
 *
 * @param capability the capability in words: a catalogue entry's text or the user's own
 * @param catalogueEntry the id of the catalogue entry it refers to, if any
 * @param stage the stage at which it was recorded
 * @param level the level at which it is deployed
 * @param site the site where it is deployed
 * @param actor the id of the actor deploying it
 * @param cycle the cycle in which it was recorded, from 1
 */
public record CapabilityDeployment(
    String capability,
    Optional<String> catalogueEntry,
    SstStage stage,
    CapabilityLevel level,
    Site site,
    String actor,
    int cycle) {
  /**
   * @param cycle the cycle in which it was recorded, from 1
   * @param capability the capability in words: a catalogue entry's text or the user's own
   * @param catalogueEntry the id of the catalogue entry it refers to, if any
   * @param stage the stage at which it was recorded
   * @param level the level at which it is deployed
   * @param site the site where it is deployed
   * @param actor the id of the actor deploying it
   * @throws NullPointerException if a component is null
   */
  public CapabilityDeployment {
    checkNotNull(capability, "capability");
    checkNotNull(catalogueEntry, "catalogueEntry");
    checkNotNull(stage, "stage");
    checkNotNull(level, "level");
    checkNotNull(site, "site");
    checkNotNull(actor, "actor");
  }
}
