package org.bmi4j.process.alliance;

import org.bmi4j.core.model.BusinessModel;

/** Opens the alliance fixtures to the tests of other packages. */
public final class AlliancesAccess {
  private AlliancesAccess() {}

  public static BusinessCase businessCase() {
    return Alliances.businessCase();
  }

  public static Contract contract() {
    return Alliances.contract();
  }

  public static BusinessModel allianceModel() {
    return Alliances.allianceModel();
  }
}
