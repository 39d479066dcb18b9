package org.bmi4j.process.multilevel;

import static com.google.common.base.Preconditions.checkNotNull;

import org.bmi4j.process.InstanceRecord;
import org.bmi4j.process.firm.FirmContext;
import org.bmi4j.process.firm.FirmEvent;
import org.bmi4j.process.firm.FirmInstance;
import org.bmi4j.process.firm.FirmPhase;

/**
 * A firm-level process in a multi-level alliance, with how it is attached.
 *
 * @param partner the firm's actor id
 * @param attachment how it relates to the alliance
 * @param process the firm-level process instance
 */
public record PartnerFirm(String partner, Attachment attachment, FirmInstance process) {
  /**
   * @param partner the firm's actor id
   * @param attachment how it relates to the alliance
   * @param process the firm-level process instance
   * @throws NullPointerException if a component is null
   */
  public PartnerFirm {
    checkNotNull(partner, "partner");
    checkNotNull(attachment, "attachment");
    checkNotNull(process, "process");
  }

  PartnerFirm with(Attachment attachment) {
    return new PartnerFirm(partner, attachment, process);
  }

  PartnerFirm with(FirmInstance process) {
    return new PartnerFirm(partner, attachment, process);
  }

  /** The stored form. */
  record Stored(
      String partner,
      Attachment attachment,
      InstanceRecord<FirmPhase, FirmEvent, FirmContext> process) {}
}
