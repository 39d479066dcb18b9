package org.bmi4j.process.alliance;

import java.util.Optional;
import org.bmi4j.core.model.BusinessModel;
import org.immutables.value.Value;

/**
 * What the alliance has settled, once settled: the business case and its approval, the contract,
 * the organisational form and the alliance business model. A part of {@link
 * AbstractAllianceContext} of its own, so that the context's copy per event stays small (see {@link
 * AbstractAllianceLogs}).
 */
@Value.Immutable
@NestedStyle
abstract class AbstractAllianceTerms {
  /** Nothing settled yet. */
  static final AllianceTerms NONE = AllianceTerms.builder().build();

  abstract Optional<BusinessCase> businessCase();

  abstract Optional<String> internalApproval();

  abstract Optional<Contract> contract();

  abstract Optional<OrganisationalForm> organisationalForm();

  abstract Optional<BusinessModel> allianceModel();
}
