package org.bmi4j.core.valueflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;

/**
 * An or-fork of a dependency path with the ratio of each branch [e3value user guide 4.5 and 5.4:
 * "each disjunct of an or-dependency has a ratio, which is used to compute the number of
 * occurrences of a disjunct"]: each occurrence takes exactly one branch, so a branch receives its
 * ratio of the occurrences.
 *
 * <p>The scenario checks that the id is valid and unique within its need, that every ratio lies
 * from 0 to 1 and that the ratios sum to exactly 1; this record only refuses nulls.
 *
 * @param id the split's id, unique among the splits of its need
 * @param branches the branches, in order
 */
public record OrSplit(String id, List<Branch> branches) {
  /**
   * Copies the branches.
   *
   * @param id the split's id, unique among the splits of its need
   * @param branches the branches, in order
   * @throws NullPointerException if a component or a branch is null
   */
  public OrSplit {
    checkNotNull(id, "id");
    branches = ImmutableList.copyOf(checkNotNull(branches, "branches"));
  }

  /**
   * Returns the split with these branches.
   *
   * @param id the split's id
   * @param branches the branches, each with its ratio and path
   * @return the split with these branches
   */
  public static OrSplit of(String id, Branch... branches) {
    return new OrSplit(id, List.of(branches));
  }

  /**
   * One branch of an or-split: the ratio of occurrences that take it and the path they follow.
   *
   * @param ratio the fraction of the split's occurrences taking this branch, from 0 to 1
   * @param path what each of those occurrences triggers
   */
  public record Branch(BigDecimal ratio, Path path) {
    /**
     * @param ratio the fraction of the split's occurrences taking this branch, from 0 to 1
     * @param path what each of those occurrences triggers
     * @throws NullPointerException if a component is null
     */
    public Branch {
      checkNotNull(ratio, "ratio");
      checkNotNull(path, "path");
    }

    /**
     * Returns the branch of the given ratio, such as {@code "0.25"}, and path.
     *
     * @param ratio the share of occurrences taking this branch, as a decimal string
     * @param path what each occurrence on this branch triggers
     * @return the branch of the given ratio, such as {@code "0.25"}, and path
     */
    public static Branch of(String ratio, Path path) {
      return new Branch(new BigDecimal(ratio), path);
    }
  }
}
