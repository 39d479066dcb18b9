package org.bmi4j.core.canvas;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import org.bmi4j.core.internal.Sentences;
import org.bmi4j.core.model.BusinessModel;

/**
 * A Business Model Canvas [Osterwalder &amp; Pigneur 2010, Business Model Generation]: a title, a
 * {@link CanvasHeader header}, and the typed {@link CanvasItem items} of the nine {@link
 * CanvasBlock blocks}; rendered by {@link #toMarkdown()} and {@link #toHtml()} from the items'
 * texts.
 *
 * <p>{@link #of(BusinessModel)} maps a model onto the blocks as follows (the mapping is the
 * library's own; the canvas has no place for some of the model's distinctions):
 *
 * <ul>
 *   <li><b>Header</b>: the model's id and version, its owners, missions and goals, and the owners'
 *       group.
 *   <li><b>Customer segments</b>: a {@link CanvasItem.Segment} per actor, other than owners, whose
 *       role is {@code CUSTOMER_SEGMENT} or {@code BENEFICIARY}, or that an offering names as
 *       beneficiary.
 *   <li><b>Value propositions</b>: a {@link CanvasItem.Proposition} per offering, with its value
 *       kinds and beneficiaries, then a {@link CanvasItem.Mission} per social or environmental
 *       mission with what delivers it.
 *   <li><b>Channels</b>: a {@link CanvasItem.ChannelUse} per distinct channel of the exchanges to
 *       segments, in {@code Channel} order, with what passes through it to whom.
 *   <li><b>Customer relationships</b>: a {@link CanvasItem.Relationship} per segment that
 *       co-creates an activity, pays, receives a value share or is served free with a funder;
 *       segments with none of these have no item.
 *   <li><b>Revenue streams</b>: a {@link CanvasItem.Revenue} per revenue stream: mechanism, payer,
 *       amount if known.
 *   <li><b>Key activities</b>: a {@link CanvasItem.KeyActivity} per activity: kind, performer and
 *       governance mode.
 *   <li><b>Key resources</b>: a {@link CanvasItem.KeyResource} per resource: kind and provider.
 *   <li><b>Key partners</b>: a {@link CanvasItem.Partner} per other actor (neither owner, nor of
 *       the owners' group, nor only a segment), with the resources it provides and the activities
 *       it performs or co-performs. Each actor of the model therefore has its place among the
 *       owners, the group, the segments or the partners, and among both segments and partners only
 *       when it plays a partner's role besides a segment's.
 *   <li><b>Cost structure</b>: a {@link CanvasItem.Cost} per cost item, amount if known, then a
 *       {@link CanvasItem.ValueShareGiven} per value share (surplus given to an actor).
 * </ul>
 *
 * <p>Items follow the model's order. Immutable and thread-safe; equal canvases render equally.
 *
 * @param title the canvas's title, the model's name
 * @param header what the canvas shows under the title
 * @param items the items of all blocks, each block's in order; a block without items is empty
 */
public record BusinessModelCanvas(
    String title, CanvasHeader header, ImmutableList<CanvasItem> items) {
  /**
   * Checks the components.
   *
   * @param title the canvas's title, the model's name
   * @param header what the canvas shows under the title
   * @param items the items of all blocks, each block's in order; a block without items is empty
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the title is blank
   */
  public BusinessModelCanvas {
    checkNotNull(title, "title");
    checkNotNull(header, "header");
    checkNotNull(items, "items");
    checkArgument(!title.isBlank(), "the canvas's title is blank; give a non-blank title");
  }

  /**
   * Copies the given collection, of any kind, into an immutable one.
   *
   * @param title the canvas's title, the model's name
   * @param header what the canvas shows under the title
   * @param items the items of all blocks, each block's in order; a block without items is empty
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the title is blank
   */
  public BusinessModelCanvas(
      String title, CanvasHeader header, Collection<? extends CanvasItem> items) {
    this(title, header, ImmutableList.copyOf(items));
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
   * Returns the items of one block, in order; empty if the block has none.
   *
   * @param block the canvas block
   * @return the items of one block, in order
   */
  public ImmutableList<CanvasItem> items(CanvasBlock block) {
    checkNotNull(block, "block");
    return items.stream().filter(i -> i.block() == block).collect(toImmutableList());
  }

  /**
   * Returns the items of one kind, in block and then item order, such as every {@link
   * CanvasItem.Revenue}.
   *
   * @param <T> the kind of item
   * @param kind the kind of item
   * @return the items of that kind, in order
   */
  public <T extends CanvasItem> ImmutableList<T> items(Class<T> kind) {
    checkNotNull(kind, "kind");
    return items.stream().filter(kind::isInstance).map(kind::cast).collect(toImmutableList());
  }

  /**
   * Returns the canvas as a Markdown document: the title as a heading, the header lines, and a
   * section per block in {@link CanvasBlock} order with its items' texts as a list. Characters with
   * a Markdown meaning in the model's texts are backslash-escaped, line breaks become spaces.
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
   * Returns a short description for logs: the title and how many items in how many blocks; never
   * the items, which the HTML and Markdown views give.
   */
  @Override
  public String toString() {
    return "BusinessModelCanvas['"
        + title
        + "': "
        + Sentences.count(items.size(), "item")
        + " in "
        + Sentences.count(items.stream().map(CanvasItem::block).distinct().count(), "block")
        + "]";
  }
}
