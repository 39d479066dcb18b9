package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.bmi4j.core.model.Ids;

/**
 * One entry of a {@link CapabilityCatalogue}: a capability, strategy or challenge in its source's
 * words, tagged with its stage, level and source, and, for a capability or strategy, the role it
 * plays against the challenge it addresses [DESILVA, Table 5].
 *
 * @param id the entry's id, matching {@link Ids#PATTERN} and unique in a catalogue
 * @param text the entry in its source's words
 * @param stage the stage it belongs to
 * @param level the level it belongs to
 * @param kind whether it is a capability, strategy or challenge
 * @param source where it comes from, such as {@code [DESILVA] Tables 4-5} or the user's own
 * @param role the role it plays against its stage's challenge, so a reader sees why it matters;
 *     empty for a challenge and for entries that name none
 * @param challenges the ids of the {@link EntryKind#CHALLENGE challenge} entries it addresses,
 *     which the catalogue holding this entry holds too, in order; empty for a challenge and for
 *     entries that name none
 */
@JsonPropertyOrder({"id", "text", "stage", "level", "kind", "source", "role", "challenges"})
public record CatalogueEntry(
    String id,
    String text,
    SstStage stage,
    CapabilityLevel level,
    EntryKind kind,
    String source,
    Optional<String> role,
    List<String> challenges) {
  /**
   * @param id the entry's id, matching {@link Ids#PATTERN} and unique in a catalogue
   * @param text the entry in its source's words
   * @param stage the stage it belongs to
   * @param level the level it belongs to
   * @param kind whether it is a capability, strategy or challenge
   * @param source where it comes from, such as {@code [DESILVA] Tables 4-5} or the user's own
   * @param role the role it plays against its stage's challenge, so a reader sees why it matters;
   *     empty for a challenge and for entries that name none
   * @param challenges the ids of the {@link EntryKind#CHALLENGE challenge} entries it addresses,
   *     which the catalogue holding this entry holds too, in order; empty for a challenge and for
   *     entries that name none
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id or the challenge's id does not match {@link
   *     Ids#PATTERN}, the text, source or role is blank, or a challenge entry names a role or a
   *     challenge
   */
  public CatalogueEntry {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(stage, "stage");
    checkNotNull(level, "level");
    checkNotNull(kind, "kind");
    checkNotNull(source, "source");
    checkNotNull(role, "role");
    challenges = ImmutableList.copyOf(checkNotNull(challenges, "challenges"));
    checkArgument(
        Ids.isValid(id), "catalogue entry id must match %s, was '%s'", Ids.PATTERN.pattern(), id);
    checkArgument(!text.isBlank(), "catalogue entry '%s' must have a text, was blank", id);
    checkArgument(!source.isBlank(), "catalogue entry '%s' must name its source, was blank", id);
    checkArgument(
        role.isEmpty() || !role.get().isBlank(),
        "catalogue entry '%s' has a blank role; give the role in words or none",
        id);
    for (String challenge : challenges) {
      checkArgument(
          Ids.isValid(challenge),
          "catalogue entry '%s' names challenge '%s', which is no entry id matching %s",
          id,
          challenge,
          Ids.PATTERN.pattern());
    }
    checkArgument(
        kind != EntryKind.CHALLENGE || role.isEmpty() && challenges.isEmpty(),
        "catalogue entry '%s' is a challenge, so it has no role and addresses no challenge; give"
            + " those to the capabilities and strategies that address it",
        id);
  }

  /**
   * An entry naming no role and no challenge, such as a challenge or a user's own capability.
   *
   * @param id the entry's id, matching {@link Ids#PATTERN} and unique in a catalogue
   * @param text the entry in its source's words
   * @param stage the stage it belongs to
   * @param level the level it belongs to
   * @param kind whether it is a capability, strategy or challenge
   * @param source where it comes from, such as {@code [DESILVA] Tables 4-5} or the user's own
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id does not match {@link Ids#PATTERN}, or the text or
   *     source is blank
   */
  public CatalogueEntry(
      String id,
      String text,
      SstStage stage,
      CapabilityLevel level,
      EntryKind kind,
      String source) {
    this(id, text, stage, level, kind, source, Optional.empty(), ImmutableList.of());
  }

  /**
   * Returns this entry with the role it plays against the challenge entries {@code challenges}.
   *
   * @param role the role it plays against its stage's challenge, so a reader sees why it matters;
   *     empty for a challenge and for entries that name none
   * @param challenges the ids of the {@link EntryKind#CHALLENGE challenge} entries it addresses,
   *     which the catalogue holding this entry holds too, in order; empty for a challenge and for
   *     entries that name none
   * @return this entry with the role it plays against the challenge entries {@code challenges}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as the constructor does
   */
  public CatalogueEntry withRole(String role, String... challenges) {
    return new CatalogueEntry(
        id,
        text,
        stage,
        level,
        kind,
        source,
        Optional.of(checkNotNull(role, "role")),
        ImmutableList.copyOf(challenges));
  }
}
