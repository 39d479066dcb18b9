package org.bmi4j.process.sst;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p>De Silva's entries give, besides the stage's capabilities, strategies and challenges of Table
 * 5, the strategies of capability development in the production site of Table 4 (seizing,
 * organisational level, source {@link #DESILVA_TABLE_4}). Every capability and strategy of De
 * Silva's carries its role against the challenge of its stage and the challenges it addresses
 * ({@link CatalogueEntry#role()}, {@link #challengesOf}). Where SPEC 4.5 quotes the source's role
 * (the founders' network, knowledge exchange between sites, direct customer relationships) and
 * where the source's abstract states a stage's role (perceiving social challenges as opportunities,
 * combining competing social and economic logics, scaling up through co-creation), the role is in
 * those words; the other roles are the library's short reading of the stage they belong to (library
 * formalisation), as is which seizing challenge each seizing entry addresses.
 *
 * <p>Invariants: immutable; entry ids unique; every challenge an entry addresses is a challenge
 * entry of the same catalogue; every ordering is the order the entries were added. The levels of De
 * Silva's challenges and of the Andreassen entries are those De Silva's Table 5 gives their stage
 * (SENSING individual, SEIZING organisational, TRANSFORMING ecosystem): library formalisation,
 * since those sources give no level.
 */
public final class CapabilityCatalogue {
  /** The source of De Silva et al.'s capabilities, stage strategies and challenges. */
  public static final String DESILVA = "[DESILVA] Tables 4-5";

  /**
   * The source of De Silva et al.'s strategies of capability development in the production site
   * (seizing, organisational level).
   */
  public static final String DESILVA_TABLE_4 = "[DESILVA] Table 4";

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

  private static final CapabilityCatalogue SHIPPED = DE_SILVA.with(ANDREASSEN_CATALOGUE);

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
    for (CatalogueEntry entry : entries) {
      for (String challenge : entry.challenges()) {
        CatalogueEntry addressed = index.get(challenge);
        checkArgument(
            addressed != null && addressed.kind() == EntryKind.CHALLENGE,
            "catalogue entry '%s' addresses '%s', which is no challenge of this catalogue; add the"
                + " challenge entry to the catalogue as well",
            entry.id(),
            challenge);
      }
    }
    this.entries = entries;
    this.byId = ImmutableMap.copyOf(index);
  }

  /**
   * Returns De Silva et al.'s capabilities, strategies and challenges [DESILVA, Tables 4-5].
   *
   * @return De Silva et al.'s capabilities, strategies and challenges
   */
  public static CapabilityCatalogue deSilva() {
    return DE_SILVA;
  }

  /**
   * Returns the dual-business-model catalogue after Andreassen &amp; Andersson [ANDREASSEN].
   *
   * @return the dual-business-model catalogue after Andreassen &amp; Andersson
   */
  public static CapabilityCatalogue andreassen() {
    return ANDREASSEN_CATALOGUE;
  }

  /**
   * Returns both shipped catalogues: De Silva's entries, then Andreassen's. A cycle started without
   * a catalogue of its own uses this one.
   *
   * @return both shipped catalogues
   */
  public static CapabilityCatalogue shipped() {
    return SHIPPED;
  }

  /**
   * Returns a catalogue of the given entries, in order.
   *
   * @param entries the entries, ids unique
   * @return a catalogue of the given entries, in order
   * @throws IllegalArgumentException if two entries share an id
   */
  public static CapabilityCatalogue of(CatalogueEntry... entries) {
    return new CapabilityCatalogue(ImmutableList.copyOf(entries));
  }

  /**
   * Returns a catalogue of the given entries, in order.
   *
   * @param entries the entries, ids unique
   * @return a catalogue of the given entries, in order
   * @throws IllegalArgumentException if two entries share an id
   */
  public static CapabilityCatalogue of(Iterable<CatalogueEntry> entries) {
    return new CapabilityCatalogue(ImmutableList.copyOf(entries));
  }

  /**
   * Returns this catalogue with the given entries added after its own.
   *
   * @param added the entries to add
   * @return this catalogue with the given entries added after its own
   * @throws IllegalArgumentException if an added entry's id is already used
   */
  public CapabilityCatalogue with(CatalogueEntry... added) {
    return new CapabilityCatalogue(
        ImmutableList.<CatalogueEntry>builder().addAll(entries).add(added).build());
  }

  /**
   * Returns this catalogue with the other's entries added after its own.
   *
   * @param other the catalogue whose entries to add
   * @return this catalogue with the other's entries added after its own
   * @throws IllegalArgumentException if an entry id is used in both
   */
  public CapabilityCatalogue with(CapabilityCatalogue other) {
    checkNotNull(other, "other");
    return new CapabilityCatalogue(
        ImmutableList.<CatalogueEntry>builder().addAll(entries).addAll(other.entries).build());
  }

  /**
   * Returns every entry, in the order added.
   *
   * @return every entry, in the order added
   */
  public ImmutableList<CatalogueEntry> entries() {
    return entries;
  }

  /**
   * Returns the entry with the given id, if any.
   *
   * @param id the entry's id
   * @return the entry with the given id, if any
   */
  public Optional<CatalogueEntry> byId(String id) {
    return Optional.ofNullable(byId.get(checkNotNull(id, "id")));
  }

  /**
   * Returns the challenge entries {@code entry} addresses, in the order it names them [DESILVA,
   * Table 5].
   *
   * @param entry an entry of this catalogue
   * @return the challenge entries {@code entry} addresses, in the order it names them
   * @throws IllegalArgumentException if {@code entry} is not an entry of this catalogue
   */
  public ImmutableList<CatalogueEntry> challengesOf(CatalogueEntry entry) {
    checkNotNull(entry, "entry");
    checkArgument(
        entry.equals(byId.get(entry.id())),
        "'%s' is not an entry of this catalogue; ask the catalogue holding it",
        entry.id());
    ImmutableList.Builder<CatalogueEntry> challenges = ImmutableList.builder();
    for (String id : entry.challenges()) {
      challenges.add(checkNotNull(byId.get(id)));
    }
    return challenges.build();
  }

  /**
   * Returns the entries of the given stage, in the order added.
   *
   * @param stage the stage
   * @return the entries of the given stage, in the order added
   */
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

  /**
   * Returns the entries of the given level, in the order added.
   *
   * @param level the capability level
   * @return the entries of the given level, in the order added
   */
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

  /**
   * Returns the entries of the given kind, in the order added.
   *
   * @param kind the entry kind
   * @return the entries of the given kind, in the order added
   */
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

  /**
   * The JSON form: whether the catalogue starts with the {@link #shipped()} entries, and the
   * entries after them (all of them when it does not).
   */
  @JsonValue
  private Map<String, Object> toJson() {
    ImmutableList<CatalogueEntry> shipped = SHIPPED.entries;
    boolean startsShipped =
        entries.size() >= shipped.size() && entries.subList(0, shipped.size()).equals(shipped);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("shipped", startsShipped);
    json.put("entries", startsShipped ? entries.subList(shipped.size(), entries.size()) : entries);
    return json;
  }

  @JsonCreator
  private static CapabilityCatalogue fromJson(
      @JsonProperty("shipped") boolean shipped,
      @JsonProperty("entries") @Nullable List<CatalogueEntry> entries) {
    CapabilityCatalogue added = of(entries == null ? List.of() : entries);
    return shipped ? SHIPPED.with(added) : added;
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
    String novelIdeas = "desilva-sensing-challenge-novel-ideas";
    all.add(
        deSilva("sensing-strategy", "identify an opportunity", s, l, EntryKind.STRATEGY)
            .withRole(
                "perceive social challenges as opportunities to sense socially and economically"
                    + " intertwined prospects",
                novelIdeas));
    for (String[] entry :
        new String[][] {
          {"qualification", "gives the founders the knowledge to judge an opportunity"},
          {
            "local experience", "lets the founders perceive the local problem behind an opportunity"
          },
          {
            "understanding of local problems",
            "lets the founders see which local problem a product could solve"
          },
          {
            "technical competency",
            "lets the founders see a technical way to turn a social problem into a product"
          },
          {"networking", "the founders' network bridges the developed and developing settings"},
          {
            "entrepreneurial mind-set",
            "lets the founders see an economic opportunity in a social problem"
          },
          {
            "innovativeness",
            "lets the founders generate novel ideas that intertwine social and economic value"
          }
        }) {
      all.add(
          deSilva("sensing-" + slug(entry[0]), entry[0], s, l, EntryKind.CAPABILITY)
              .withRole(entry[1], novelIdeas));
    }
    all.add(
        deSilva(
                "sensing-boundary-element",
                "in a firm a boundary element such as a cross-functional team",
                s,
                l,
                EntryKind.CAPABILITY)
            .withRole(
                "senses opportunities in a firm where founders would in a start-up", novelIdeas));
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
    String production = "desilva-seizing-challenge-production-capabilities";
    String marketEntry = "desilva-seizing-challenge-market-entry";
    all.add(
        deSilva(
                "seizing-strategy",
                "develop a new BM to exploit the opportunity",
                s,
                l,
                EntryKind.STRATEGY)
            .withRole(
                "seize opportunities by combining competing social and economic logics",
                production,
                marketEntry));
    all.add(
        deSilva(
                "seizing-production-site-capability-building",
                "production-site capability building",
                s,
                l,
                EntryKind.CAPABILITY)
            .withRole("builds in the production site the capabilities it lacks", production));
    all.add(
        deSilva(
                "seizing-external-production-capabilities",
                "providing external production capabilities",
                s,
                l,
                EntryKind.CAPABILITY)
            .withRole(
                "supplies from outside the production capabilities producers lack", production));
    all.add(
        deSilva("seizing-co-development", "co-development", s, l, EntryKind.CAPABILITY)
            .withRole(
                "develops the product with partners who bring production know-how", production));
    all.add(
        deSilva(
                "seizing-relational-capabilities",
                "production- and market-site relational capabilities",
                s,
                l,
                EntryKind.CAPABILITY)
            .withRole(
                "builds relationships with producers and with buyers across the two sites",
                production,
                marketEntry));
    all.add(
        deSilva(
                "seizing-driven-demand",
                "meeting socially and economically driven demand",
                s,
                l,
                EntryKind.CAPABILITY)
            .withRole(
                "reaches developed-country consumers who buy for social as well as economic value",
                marketEntry));
    all.add(
        deSilva(
                "seizing-knowledge-exchange",
                "knowledge exchange between sites",
                s,
                l,
                EntryKind.CAPABILITY)
            .withRole(
                "makes producers aware of customer needs and brings buyers to meet producers",
                production,
                marketEntry));
    for (String[] entry :
        new String[][] {
          {
            "capability-development-of-producers",
            "capability development of producers (technical, managerial and entrepreneurial)",
            "raises the producers' own capabilities to what buyers abroad expect"
          },
          {
            "collegial-feelings",
            "developing collegial feelings with producers",
            "makes producers colleagues rather than suppliers, so they take up new capabilities"
          },
          {
            "trust-based-approaches",
            "trust-based approaches that work in the production site",
            "builds the trust that capability development in the production site rests on"
          },
          {
            "customer-awareness",
            "making producers aware of the customers' needs",
            "lets producers make what the customers in the market site need"
          },
          {
            "best-practices",
            "sharing best practices",
            "spreads among producers what already works in production"
          },
          {
            "operational-costs",
            "strategies that reduce operational costs",
            "keeps production affordable while producers are paid for their work"
          },
          {
            "external-capabilities",
            "providing external capabilities when required",
            "fills the capability gaps producers cannot close themselves"
          }
        }) {
      all.add(
          new CatalogueEntry(
                  "desilva-production-site-" + entry[0],
                  entry[1],
                  s,
                  l,
                  EntryKind.STRATEGY,
                  DESILVA_TABLE_4)
              .withRole(entry[2], production));
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
    String scaling = "desilva-transforming-challenge-scaling-up";
    all.add(
        deSilva(
                "transforming-strategy",
                "adapt the resource base, organisation design and"
                    + " culture to embrace, maintain and scale up the new BM",
                s,
                l,
                EntryKind.STRATEGY)
            .withRole("scale up the dual mission business model through co-creation", scaling));
    all.add(
        deSilva(
                "transforming-whole-site-production",
                "production capabilities of the whole site for scale",
                s,
                l,
                EntryKind.CAPABILITY)
            .withRole(
                "lets the whole production site produce at the scale of the new BM", scaling));
    all.add(
        deSilva(
                "transforming-direct-customer-relationships",
                "direct customer relationships",
                s,
                l,
                EntryKind.CAPABILITY)
            .withRole(
                "moves the organisation beyond relying on third parties for market entry",
                scaling));
    all.add(
        deSilva("transforming-co-creation", "co-creation", s, l, EntryKind.CAPABILITY)
            .withRole(
                "scales up the dual mission with producers and customers creating value together",
                scaling));
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
