package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.bmi4j.core.model.Ids;

/**
 * One entry of a {@link CapabilityCatalogue}: a capability, strategy or challenge in its source's
 * words, tagged with its stage, level and source.
 *
 * @param id the entry's id, matching {@link Ids#PATTERN} and unique in a catalogue
 * @param text the entry in its source's words
 * @param stage the stage it belongs to
 * @param level the level it belongs to
 * @param kind whether it is a capability, strategy or challenge
 * @param source where it comes from, such as {@code [DESILVA] Tables 4-5} or the user's own
 */
public record CatalogueEntry(
    String id, String text, SstStage stage, CapabilityLevel level, EntryKind kind, String source) {
  /**
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id does not match {@link Ids#PATTERN}, or the text or
   *     source is blank
   */
  public CatalogueEntry {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(stage, "stage");
    checkNotNull(level, "level");
    checkNotNull(kind, "kind");
    checkNotNull(source, "source");
    checkArgument(
        Ids.isValid(id), "catalogue entry id must match %s, was '%s'", Ids.PATTERN.pattern(), id);
    checkArgument(!text.isBlank(), "catalogue entry '%s' must have a text, was blank", id);
    checkArgument(!source.isBlank(), "catalogue entry '%s' must name its source, was blank", id);
  }
}
