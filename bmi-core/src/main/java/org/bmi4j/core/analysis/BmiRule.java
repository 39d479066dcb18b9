package org.bmi4j.core.analysis;

/**
 * The rules that decide a {@link BmiVerdict} or {@link PortfolioVerdict}, each with the class it
 * assigns and whether that verdict is major.
 *
 * <p>The rules and their order are the library's formalisation of the classes of Khanagha et al.
 * (2014), not theirs. A diff's verdict is decided by the first rule that holds, in this order
 * (total: a diff that meets none of the REPLACEMENT and EXTENSION rules meets exactly one of the
 * INCREMENTAL rules, or differs in nothing):
 *
 * <ol>
 *   <li>{@link #OFFERINGS_ALL_GONE}, {@link #REVENUE_MECHANISMS_ALL_GONE}, {@link
 *       #RETAINED_BELOW_REPLACEMENT_SHARE}: REPLACEMENT;
 *   <li>{@link #ADDITIONS_KEEPING_OFFERINGS}, {@link
 *       #ADDITIONS_KEEPING_OFFERINGS_BELOW_RETAINED_SHARE}, {@link
 *       #ADDITIONS_DROPPING_SOME_OFFERINGS}: EXTENSION;
 *   <li>{@link #CHANGES_ONLY}, {@link #REMOVALS_WITHOUT_ADDITIONS}, {@link
 *       #CONFINED_TO_ONE_VALUE_FUNCTION}: INCREMENTAL;
 *   <li>{@link #NO_DIFFERENCE}: NONE.
 * </ol>
 *
 * <p>Constants are never renamed; new rules are added at the end.
 */
public enum BmiRule {
  /** Nothing differs. */
  NO_DIFFERENCE(BmiClass.NONE, false),
  /** The earlier model had offerings and the later has none of them. */
  OFFERINGS_ALL_GONE(BmiClass.REPLACEMENT, false),
  /**
   * The earlier model had revenue streams and the later has none with any of their mechanisms
   * ({@link org.bmi4j.core.model.RevenueMechanism}).
   */
  REVENUE_MECHANISMS_ALL_GONE(BmiClass.REPLACEMENT, false),
  /**
   * Less than {@link ClassificationPolicy#replacementShare()} of the earlier model's elements are
   * retained.
   */
  RETAINED_BELOW_REPLACEMENT_SHARE(BmiClass.REPLACEMENT, false),
  /**
   * Elements are added, every original offering is kept and at least {@link
   * ClassificationPolicy#retainedShare()} of the original elements are retained.
   */
  ADDITIONS_KEEPING_OFFERINGS(BmiClass.EXTENSION, false),
  /**
   * Elements are added and every original offering is kept, but fewer than {@link
   * ClassificationPolicy#retainedShare()} (and at least {@link
   * ClassificationPolicy#replacementShare()}) of the original elements are retained: a major
   * extension.
   */
  ADDITIONS_KEEPING_OFFERINGS_BELOW_RETAINED_SHARE(BmiClass.EXTENSION, true),
  /**
   * Elements are added, some but not all original offerings are dropped, at least {@link
   * ClassificationPolicy#replacementShare()} of the original elements are retained, and the change
   * touches more than one value function: a major extension. SPEC 3.5 leaves this case open; the
   * library treats it as an extension that is more than a plain one.
   */
  ADDITIONS_DROPPING_SOME_OFFERINGS(BmiClass.EXTENSION, true),
  /** Nothing is added or removed; existing elements changed. */
  CHANGES_ONLY(BmiClass.INCREMENTAL, false),
  /** Nothing is added; elements are removed (existing ones may also change). */
  REMOVALS_WITHOUT_ADDITIONS(BmiClass.INCREMENTAL, false),
  /**
   * Every difference touches at most one value function. By precedence it decides only diffs that
   * add elements and drop some but not all original offerings, retaining at least {@link
   * ClassificationPolicy#replacementShare()} of the original elements.
   */
  CONFINED_TO_ONE_VALUE_FUNCTION(BmiClass.INCREMENTAL, false),
  /** Portfolio: a model with a new id appears while at least one extant model stays. */
  NEW_MODEL_BESIDE_EXTANT(BmiClass.PARALLEL, false),
  /** Portfolio: models with new ids appear and none of the extant models stays. */
  ALL_MODELS_REPLACED(BmiClass.REPLACEMENT, false),
  /** Portfolio: a firm with no model gains its first. */
  FIRST_MODEL(BmiClass.EXTENSION, false),
  /** Portfolio: models are dropped and no new one appears. */
  MODELS_DROPPED(BmiClass.INCREMENTAL, false);

  private final BmiClass bmiClass;
  private final boolean major;

  BmiRule(BmiClass bmiClass, boolean major) {
    this.bmiClass = bmiClass;
    this.major = major;
  }

  /**
   * Returns the class this rule assigns.
   *
   * @return the class this rule assigns
   */
  public BmiClass bmiClass() {
    return bmiClass;
  }

  /**
   * Returns whether a verdict by this rule is major.
   *
   * @return whether a verdict by this rule is major
   */
  public boolean isMajor() {
    return major;
  }
}
