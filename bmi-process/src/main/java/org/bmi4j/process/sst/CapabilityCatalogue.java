package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue of capabilities, strategies and challenges of the sense-seize-transform cycle, each
 * entry tagged with its stage, level and source.
 *
 * <p>Two catalogues ship with the library, their texts word for word as SPEC 4.5 gives them: {@link
 * #deSilva()} after De Silva et al.'s Tables 4-5 [DESILVA] and {@link #andreassen()}, the
 * dual-business-model reading after Andreassen &amp; Andersson [ANDREASSEN]. Users add their own
 * entries without editing the library: {@code CapabilityCatalogue.deSilva().with(entry)} or {@code
 * CapabilityCatalogue.of(entries).with(CapabilityCatalogue.shipped())}; the lookups find their
 * entries as they find the shipped ones.
 *
 * <p>Invariants: immutable; entry ids unique; every ordering is the order the entries were added.
 * The levels of De Silva's challenges and of the Andreassen entries are those De Silva's Table 5
 * gives their stage (SENSING individual, SEIZING organisational, TRANSFORMING ecosystem): library
 * formalisation, since those sources give no level.
 */
public final class CapabilityCatalogue {
  /** The source of De Silva et al.'s entries. */
  public static final String DESILVA = "[DESILVA] Tables 4-5";

  /** The source of the dual-business-model entries after Andreassen &amp; Andersson. */
  public static final String ANDREASSEN = "[ANDREASSEN]";

  private static final CapabilityCatalogue DE_SILVA = new CapabilityCatalogue(deSilvaEntries());
  private static final CapabilityCatalogue ANDREASSEN_CATALOGUE =
      new CapabilityCatalogue(
          ImmutableList.of(
              new CatalogueEntry(
                  "andreassen-sensing-boundary-element",
                  "sensing by the innovation management team as boundary element",
                  SstStage.SENSING,
                  CapabilityLevel.INDIVIDUAL,
                  EntryKind.STRATEGY,
                  ANDREASSEN),
              new CatalogueEntry(
                  "andreassen-seizing-collaboration-based-bm",
                  "seizing through the collaboration-based BM",
                  SstStage.SEIZING,
                  CapabilityLevel.ORGANISATIONAL,
                  EntryKind.STRATEGY,
                  ANDREASSEN),
              new CatalogueEntry(
                  "andreassen-transforming-market-based-bm",
                  "transforming through the market-based BM",
                  SstStage.TRANSFORMING,
                  CapabilityLevel.ECOSYSTEM,
                  EntryKind.STRATEGY,
                  ANDREASSEN)));

  private final ImmutableList<CatalogueEntry> entries;
  private final ImmutableMap<String, CatalogueEntry> byId;

  private CapabilityCatalogue(ImmutableList<CatalogueEntry> entries) {
    Map<String, CatalogueEntry> index = new LinkedHashMap<>();
    for (CatalogueEntry entry : entries) {
      checkNotNull(entry, "catalogue entry");
      checkArgument(
          index.put(entry.id(), entry) == null,
          "catalogue entry id '%s' is used twice; give each entry its own id",
          entry.id());
    }
    this.entries = entries;
    this.byId = ImmutableMap.copyOf(index);
  }

  /** Returns De Silva et al.'s capabilities, strategies and challenges [DESILVA, Tables 4-5]. */
  public static CapabilityCatalogue deSilva() {
    return DE_SILVA;
  }

  /** Returns the dual-business-model catalogue after Andreassen &amp; Andersson [ANDREASSEN]. */
  public static CapabilityCatalogue andreassen() {
    return ANDREASSEN_CATALOGUE;
  }

  /** Returns both shipped catalogues: De Silva's entries, then Andreassen's. */
  public static CapabilityCatalogue shipped() {
    return DE_SILVA.with(ANDREASSEN_CATALOGUE);
  }

  /**
   * Returns a catalogue of the given entries, in order.
   *
   * @throws IllegalArgumentException if two entries share an id
   */
  public static CapabilityCatalogue of(CatalogueEntry... entries) {
    return new CapabilityCatalogue(ImmutableList.copyOf(entries));
  }

  /**
   * Returns a catalogue of the given entries, in order.
   *
   * @throws IllegalArgumentException if two entries share an id
   */
  public static CapabilityCatalogue of(Iterable<CatalogueEntry> entries) {
    return new CapabilityCatalogue(ImmutableList.copyOf(entries));
  }

  /**
   * Returns this catalogue with the given entries added after its own.
   *
   * @throws IllegalArgumentException if an added entry's id is already used
   */
  public CapabilityCatalogue with(CatalogueEntry... added) {
    return new CapabilityCatalogue(
        ImmutableList.<CatalogueEntry>builder().addAll(entries).add(added).build());
  }

  /**
   * Returns this catalogue with the other's entries added after its own.
   *
   * @throws IllegalArgumentException if an entry id is used in both
   */
  public CapabilityCatalogue with(CapabilityCatalogue other) {
    checkNotNull(other, "other");
    return new CapabilityCatalogue(
        ImmutableList.<CatalogueEntry>builder().addAll(entries).addAll(other.entries).build());
  }

  /** Returns every entry, in the order added. */
  public ImmutableList<CatalogueEntry> entries() {
    return entries;
  }

  /** Returns the entry with the given id, if any. */
  public Optional<CatalogueEntry> byId(String id) {
    return Optional.ofNullable(byId.get(checkNotNull(id, "id")));
  }

  /** Returns the entries of the given stage, in the order added. */
  public ImmutableList<CatalogueEntry> byStage(SstStage stage) {
    checkNotNull(stage, "stage");
    ImmutableList.Builder<CatalogueEntry> found = ImmutableList.builder();
    for (CatalogueEntry entry : entries) {
      if (entry.stage() == stage) {
        found.add(entry);
      }
    }
    return found.build();
  }

  /** Returns the entries of the given level, in the order added. */
  public ImmutableList<CatalogueEntry> byLevel(CapabilityLevel level) {
    checkNotNull(level, "level");
    ImmutableList.Builder<CatalogueEntry> found = ImmutableList.builder();
    for (CatalogueEntry entry : entries) {
      if (entry.level() == level) {
        found.add(entry);
      }
    }
    return found.build();
  }

  /** Returns the entries of the given kind, in the order added. */
  public ImmutableList<CatalogueEntry> byKind(EntryKind kind) {
    checkNotNull(kind, "kind");
    ImmutableList.Builder<CatalogueEntry> found = ImmutableList.builder();
    for (CatalogueEntry entry : entries) {
      if (entry.kind() == kind) {
        found.add(entry);
      }
    }
    return found.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CapabilityCatalogue other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "CapabilityCatalogue" + byId.keySet();
  }

  private static ImmutableList<CatalogueEntry> deSilvaEntries() {
    ImmutableList.Builder<CatalogueEntry> all = ImmutableList.builder();
    SstStage s = SstStage.SENSING;
    CapabilityLevel l = CapabilityLevel.INDIVIDUAL;
    all.add(deSilva("sensing-strategy", "identify an opportunity", s, l, EntryKind.STRATEGY));
    for (String text :
        new String[] {
          "qualification",
          "local experience",
          "understanding of local problems",
          "technical competency",
          "networking",
          "entrepreneurial mind-set",
          "innovativeness"
        }) {
      all.add(deSilva("sensing-" + slug(text), text, s, l, EntryKind.CAPABILITY));
    }
    all.add(
        deSilva(
            "sensing-boundary-element",
            "in a firm a boundary element such as a cross-functional team",
            s,
            l,
            EntryKind.CAPABILITY));
    all.add(
        deSilva(
            "sensing-challenge-novel-ideas",
            "generating novel ideas that become"
                + " economically and socially intertwined opportunities",
            s,
            l,
            EntryKind.CHALLENGE));

    s = SstStage.SEIZING;
    l = CapabilityLevel.ORGANISATIONAL;
    all.add(
        deSilva(
            "seizing-strategy",
            "develop a new BM to exploit the opportunity",
            s,
            l,
            EntryKind.STRATEGY));
    for (String[] entry :
        new String[][] {
          {"production-site-capability-building", "production-site capability building"},
          {"external-production-capabilities", "providing external production capabilities"},
          {"co-development", "co-development"},
          {"relational-capabilities", "production- and market-site relational capabilities"},
          {"driven-demand", "meeting socially and economically driven demand"},
          {"knowledge-exchange", "knowledge exchange between sites"}
        }) {
      all.add(deSilva("seizing-" + entry[0], entry[1], s, l, EntryKind.CAPABILITY));
    }
    all.add(
        deSilva(
            "seizing-challenge-production-capabilities",
            "lack of production-related capabilities",
            s,
            l,
            EntryKind.CHALLENGE));
    all.add(
        deSilva(
            "seizing-challenge-market-entry",
            "market entry barriers to developed-country consumers",
            s,
            l,
            EntryKind.CHALLENGE));

    s = SstStage.TRANSFORMING;
    l = CapabilityLevel.ECOSYSTEM;
    all.add(
        deSilva(
            "transforming-strategy",
            "adapt the resource base, organisation design and"
                + " culture to embrace, maintain and scale up the new BM",
            s,
            l,
            EntryKind.STRATEGY));
    for (String[] entry :
        new String[][] {
          {"whole-site-production", "production capabilities of the whole site for scale"},
          {"direct-customer-relationships", "direct customer relationships"},
          {"co-creation", "co-creation"}
        }) {
      all.add(deSilva("transforming-" + entry[0], entry[1], s, l, EntryKind.CAPABILITY));
    }
    all.add(
        deSilva(
            "transforming-challenge-scaling-up",
            "scaling up while keeping the dual mission",
            s,
            l,
            EntryKind.CHALLENGE));
    return all.build();
  }

  private static CatalogueEntry deSilva(
      String id, String text, SstStage stage, CapabilityLevel level, EntryKind kind) {
    return new CatalogueEntry("desilva-" + id, text, stage, level, kind, DESILVA);
  }

  private static String slug(String text) {
    StringBuilder slug = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        slug.append(c);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    return slug.toString();
  }
}
