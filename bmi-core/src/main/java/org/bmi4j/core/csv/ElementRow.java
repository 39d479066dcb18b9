package org.bmi4j.core.csv;

/**
 * One element of a business model as a row of the {@link BmiCsv#ELEMENTS} table. Cells that do not
 * apply to the element's kind are empty strings, never null; lists are joined with {@code ;}.
 *
 * <p>Columns, in order:
 *
 * @param modelId the model's id
 * @param modelVersion the model's version
 * @param kind the element's kind: {@code actor}, {@code offering}, {@code resource}, {@code
 *     exchange}, {@code revenue_stream}, {@code cost_item}, {@code value_share}, {@code activity},
 *     {@code link} or {@code governance}
 * @param id the element's id; a link's is {@code from->to:FLOW}, a governance assignment's is its
 *     activity's id
 * @param name the element's name, where it has one
 * @param valueFunction the value function holding the element ({@code PROPOSITION}, {@code
 *     CREATION}, {@code EXCHANGE}, {@code CAPTURE}); an activity's is {@code CREATION} when value
 *     creation lists it; empty for actors, links and governance
 * @param designElement the activity-system design element ({@code CONTENT} for activities, {@code
 *     STRUCTURE} for links, {@code GOVERNANCE} for assignments); empty otherwise
 * @param category the element's classification: an actor's roles (main role first, joined with
 *     {@code ;}), a resource's or activity's kind, an exchange's channel, a revenue stream's
 *     mechanism, a governance mode, a link's flow
 * @param sector an actor's sector
 * @param owner {@code true} or {@code false} for an actor: whether it owns the model
 * @param actor the actor concerned: a resource's provider, a revenue stream's payer, a cost item's
 *     payee, an exchange's intermediary, a value share's recipient, an activity's performer, an
 *     actor's parent
 * @param from an exchange's giving actor or a link's source activity
 * @param to an exchange's receiving actor or a link's target activity
 * @param what what an exchange passes: {@code offering:<id>} or {@code item:<name>}
 * @param related ids related to the element: an offering's beneficiaries, an activity's resources,
 *     an assignment's co-performers
 * @param valueKinds an offering's value kinds, a value share's kind or an actor's own missions
 * @param amount a revenue stream's or cost item's amount as a plain decimal
 * @param currency the ISO 4217 code of that amount
 * @param share a value share's fraction, from 0 to 1, as a plain decimal
 * @param contractTerm a governance assignment's contract term, ISO 8601 ({@code P10Y})
 * @param supervisor a governance assignment's supervising actor
 * @param incentives a governance assignment's incentives
 * @param basis a revenue stream's or cost item's amount basis: {@code PER_PERIOD}, {@code PER_UNIT}
 *     or {@code ONCE}
 */
public record ElementRow(
    String modelId,
    int modelVersion,
    String kind,
    String id,
    String name,
    String valueFunction,
    String designElement,
    String category,
    String sector,
    String owner,
    String actor,
    String from,
    String to,
    String what,
    String related,
    String valueKinds,
    String amount,
    String currency,
    String share,
    String contractTerm,
    String supervisor,
    String incentives,
    String basis) {}
