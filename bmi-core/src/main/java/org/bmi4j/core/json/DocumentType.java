package org.bmi4j.core.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.bmi4j.core.alliance.ContributionLedger;
import org.bmi4j.core.ecosystem.Ecosystem;
import org.bmi4j.core.model.BusinessModel;
import org.bmi4j.core.model.Ids;
import org.bmi4j.core.valueflow.Scenario;

/**
 * A kind of top-level bmi4j JSON document: its type name, written into every document, and the Java
 * type of its content.
 *
 * <p>bmi4j's modules declare their documents as constants, such as {@link #BUSINESS_MODEL}; an
 * application may declare its own. Immutable and thread-safe.
 *
 * @param <T> the Java type of the document's content
 */
public final class DocumentType<T> {
  /** A {@link BusinessModel}, type name {@code business-model}. */
  public static final DocumentType<BusinessModel> BUSINESS_MODEL =
      of("business-model", BusinessModel.class);

  /** A {@link ContributionLedger}, type name {@code contribution-ledger}. */
  public static final DocumentType<ContributionLedger> CONTRIBUTION_LEDGER =
      of("contribution-ledger", ContributionLedger.class);

  /** An {@link Ecosystem}, type name {@code ecosystem}. */
  public static final DocumentType<Ecosystem> ECOSYSTEM = of("ecosystem", Ecosystem.class);

  /**
   * A market scenario over a business model ({@link Scenario}, holding the model), type name {@code
   * value-flow-scenario}; reading it checks the scenario against its model.
   */
  public static final DocumentType<Scenario> VALUE_FLOW_SCENARIO =
      of("value-flow-scenario", Scenario.class);

  private final String name;
  private final Type type;
  private final Function<Object, T> decode;
  private final Function<T, Object> encode;

  @SuppressWarnings("unchecked")
  private DocumentType(
      String name, Type type, Function<?, ? extends T> decode, Function<? super T, ?> encode) {
    checkArgument(
        Ids.isValid(name),
        "document type name must match %s, was '%s'",
        Ids.PATTERN.pattern(),
        name);
    this.name = name;
    this.type = checkNotNull(type, "type");
    this.decode = (Function<Object, T>) checkNotNull(decode, "decode");
    this.encode = (Function<T, Object>) checkNotNull(encode, "encode");
  }

  /**
   * Returns the document type of the given name and content class.
   *
   * @param <T> the content type
   * @param name the type name written into the document
   * @param type the content class
   * @return the document type of the given name and content class
   * @throws IllegalArgumentException if {@code name} does not match {@link Ids#PATTERN}
   */
  public static <T> DocumentType<T> of(String name, Class<T> type) {
    return new DocumentType<>(name, type, Function.<T>identity(), Function.<T>identity());
  }

  /**
   * Returns the document type of the given name and generic content type.
   *
   * @param <T> the content type
   * @param name the type name written into the document
   * @param type the generic content type
   * @return the document type of the given name and generic content type
   * @throws IllegalArgumentException if {@code name} does not match {@link Ids#PATTERN}
   */
  public static <T> DocumentType<T> of(String name, TypeReference<T> type) {
    return new DocumentType<>(
        name, checkNotNull(type, "type").getType(), Function.<T>identity(), Function.<T>identity());
  }

  /**
   * Returns a document type whose content is stored as another type: {@code encode} turns a value
   * into its stored form before writing, {@code decode} turns the stored form back after reading.
   * An {@link IllegalArgumentException} or {@link IllegalStateException} from {@code decode} is
   * reported as bad input, a {@link BmiJsonException} naming the content.
   *
   * @param name the type name written into the document
   * @param stored the Java type of the stored form, possibly generic (a Jackson {@code JavaType}
   *     will do)
   * @param <T> the content type
   * @param <D> the stored form's type
   * @param encode turns a content value into its stored form
   * @param decode turns the stored form back into a content value
   * @return a document type whose content is stored as another type
   * @throws IllegalArgumentException if {@code name} does not match {@link Ids#PATTERN}
   */
  public static <T, D> DocumentType<T> mapped(
      String name,
      Type stored,
      Function<? super D, ? extends T> decode,
      Function<? super T, ? extends D> encode) {
    return new DocumentType<>(name, stored, decode, encode);
  }

  T decode(Object stored) {
    return decode.apply(stored);
  }

  Object encode(T value) {
    return encode.apply(value);
  }

  /**
   * Returns the type name written into the document's {@code "type"} property.
   *
   * @return the type name written into the document's {@code "type"} property
   */
  public String name() {
    return name;
  }

  /**
   * Returns the Java type of the content as stored.
   *
   * @return the Java type of the content as stored
   */
  public Type contentType() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentType<?> other
        && name.equals(other.name)
        && type.equals(other.type)
        && decode.equals(other.decode)
        && encode.equals(other.encode);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + type.hashCode();
  }

  @Override
  public String toString() {
    return name + " (" + type.getTypeName() + ")";
  }
}
