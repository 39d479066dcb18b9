package org.bmi4j.core.canvas;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimap;
import java.util.List;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.BusinessModel;

/**
 * A Business Model Canvas: a title, a few header lines, and the entries of the nine {@link
 * CanvasBlock blocks}, each a short sentence; rendered by {@link #toMarkdown()} and {@link
 * #toHtml()}.
 *
 * <p>{@link #of(BusinessModel)} maps a model onto the blocks as follows (the mapping is the
 * library's own; the canvas has no place for some of the model's distinctions):
 *
 * <ul>
 *   <li><b>Header</b>: the model's id and version, its owners and its missions.
 *   <li><b>Customer segments</b>: the actors, other than owners, whose role is {@code
 *       CUSTOMER_SEGMENT} or {@code BENEFICIARY}, or that an offering names as beneficiary.
 *   <li><b>Value propositions</b>: one entry per offering, with its value kinds and beneficiaries.
 *   <li><b>Channels</b>: one entry per distinct channel of the exchanges, in {@code Channel} order,
 *       listing what passes through it to whom.
 *   <li><b>Customer relationships</b>: one entry per segment that co-performs or performs an
 *       activity (co-creation, with the activity's governance mode) or receives an exchange (the
 *       channels that reach it); segments with neither have no entry.
 *   <li><b>Revenue streams</b>: one entry per revenue stream: mechanism, payer, amount if known.
 *   <li><b>Key activities</b>: one entry per activity: kind, performer and governance mode.
 *   <li><b>Key resources</b>: one entry per resource: kind and provider.
 *   <li><b>Key partners</b>: every other actor (neither owner nor segment), with the resources it
 *       provides and the activities it performs or co-performs. Each actor of the model therefore
 *       appears exactly once: among the owners, the segments or the partners.
 *   <li><b>Cost structure</b>: one entry per cost item, amount if known, then one per value share
 *       (surplus given to an actor).
 * </ul>
 *
 * <p>Entries follow the model's order. Immutable and thread-safe; equal canvases render equally.
 *
 * @param title the canvas's title, the model's name
 * @param header lines shown under the title
 * @param blocks the entries of each block, in order; a block without entries is empty
 */
public record BusinessModelCanvas(
    String title, ImmutableList<String> header, ImmutableListMultimap<CanvasBlock, String> blocks) {
  /**
   * Checks the components.
   *
   * @param title the canvas's title, the model's name
   * @param header lines shown under the title
   * @param blocks the entries of each block, in order; a block without entries is empty
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the title is blank
   */
  public BusinessModelCanvas {
    checkNotNull(title, "title");
    checkNotNull(header, "header");
    checkNotNull(blocks, "blocks");
    checkArgument(!title.isBlank(), "the canvas's title is blank; give a non-blank title");
  }

  /**
   * Copies the given collections, of any kind, into immutable ones.
   *
   * @param title the canvas's title, the model's name
   * @param header lines shown under the title
   * @param blocks the entries of each block, in order; a block without entries is empty
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the title is blank
   */
  public BusinessModelCanvas(
      String title,
      List<? extends String> header,
      Multimap<? extends CanvasBlock, ? extends String> blocks) {
    this(title, ImmutableList.copyOf(header), ImmutableListMultimap.copyOf(blocks));
  }

  /**
   * Returns the canvas view of a business model, mapped as the type's documentation says.
   *
   * @param model the business model
   * @return the canvas view of a business model, mapped as the type's documentation says
   * @throws NullPointerException if {@code model} is null
   */
  public static BusinessModelCanvas of(BusinessModel model) {
    return CanvasMapping.canvas(checkNotNull(model, "model"));
  }

  /**
   * Returns the entries of one block, in order; empty if the block has none.
   *
   * @param block the canvas block
   * @return the entries of one block, in order
   */
  public ImmutableList<String> entries(CanvasBlock block) {
    return blocks.get(checkNotNull(block, "block"));
  }

  /**
   * Returns the canvas as a Markdown document: the title as a heading, the header lines, and a
   * section per block in {@link CanvasBlock} order with its entries as a list. Characters with a
   * Markdown meaning in the model's texts are backslash-escaped, line breaks become spaces.
   *
   * @return the canvas as a Markdown document
   */
  public String toMarkdown() {
    return CanvasMarkdown.render(this);
  }

  /**
   * Returns the canvas as a standalone HTML page: well-formed XHTML with the canvas drawn in inline
   * SVG in the familiar layout, no script and no external resource. Every text is escaped with
   * Guava's {@code HtmlEscapers}; characters XML does not allow become U+FFFD.
   *
   * @return the canvas as a standalone HTML page
   */
  public String toHtml() {
    return CanvasHtml.render(this);
  }

  /**
   * Returns a short description for logs: the title and how many header lines and entries; never
   * the entries, which the HTML and Markdown views give.
   */
  @Override
  public String toString() {
    return "BusinessModelCanvas['"
        + title
        + "': "
        + Sentences.count(header.size(), "header line")
        + ", "
        + Sentences.count(blocks.size(), "entry", "entries")
        + " in "
        + Sentences.count(blocks.keySet().size(), "block")
        + "]";
  }
}
