package org.bmi4j.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.bmi4j.core.model.ModelIntegrityException;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON entry point of bmi4j: reads and writes every top-level document, and gives the
 * configured {@link ObjectMapper}.
 *
 * <p>Every document is an envelope naming the format, its version and the document type:
 *
 * <pre>{@code
 * {
 *   "format" : "bmi4j",
 *   "formatVersion" : 2,
 *   "type" : "business-model",
 *   "content" : { ... }
 * }
 * }</pre>
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Output is deterministic: the same value always yields the same bytes (two-space indent,
 *       {@code \n} line ends, properties in declaration order, absent optionals omitted).
 *   <li>Input is strict: unknown properties, duplicate keys, trailing content, numbers for enums or
 *       strings, fractions for integers and strings for numbers are rejected.
 *   <li>Input is bounded: nesting depth {@value #MAX_NESTING_DEPTH}, string length {@value
 *       #MAX_STRING_LENGTH} characters, number length {@value #MAX_NUMBER_LENGTH} digits, document
 *       length {@value #MAX_DOCUMENT_LENGTH} characters.
 *   <li>Polymorphic values use explicit, documented type names; default typing is never enabled.
 *   <li>Bad input yields a {@link BmiJsonException} and nothing else, naming the location and the
 *       reason, with any model integrity problems attached: any runtime exception or stack overflow
 *       that reading provokes, in a value's checks or in replaying a process history, becomes one.
 *       Every number read lies in the numeric domain of {@link org.bmi4j.core.model.Money} (at most
 *       30 digits before and after the decimal point) or is rejected, so no figure read makes later
 *       arithmetic or text grow with its exponent.
 *   <li>Reading costs time and memory linear in the document's length for every document type: a
 *       contribution ledger keeps its entries, and a process context every list that grows with its
 *       history, in storage shared from value to value, so each entry or replayed step costs the
 *       same however many came before (library formalisation; measured by the {@code
 *       ReadingScaling} benchmark). The process Javadoc names the few events that still cost time
 *       linear in a list's length.
 * </ul>
 */
public final class BmiJson {
  /** The format name written into every document. */
  public static final String FORMAT = "bmi4j";

  /**
   * The version of the document format this library writes and reads.
   *
   * <p>Version 2 declares an activity's governance, the links leaving it and its place in value
   * creation in the activity itself. Documents of version 1, which listed them apart, are still
   * read: their business models are folded into the shape of version 2 on reading; one that cannot
   * be folded (an assignment or link naming no activity, an activity governed twice) is rejected
   * with its problems.
   */
  public static final int FORMAT_VERSION = 2;

  /** The oldest document format version this library reads. */
  public static final int OLDEST_FORMAT_VERSION = 1;

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value or property name accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest document accepted, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 16_000_000L;

  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  private static final ObjectMapper MAPPER = createMapper();

  /** How an Immutables builder names the required attributes it lacks. */
  private static final java.util.regex.Pattern MISSING_REQUIRED =
      java.util.regex.Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  private BmiJson() {}

  /**
   * Returns a new copy of the configured mapper, for binding bmi4j values inside an application's
   * own documents. Changing the copy does not change this class's behaviour.
   *
   * @return a new copy of the configured mapper, for binding bmi4j values inside an application's
   *     own documents
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Writes {@code content} as a document of the given type.
   *
   * <p>What this method writes, {@link #read} accepts: a document that would break one of the
   * reading bounds (its length, a string's length, a number's digits) is refused before it is
   * returned.
   *
   * @param <T> the content type
   * @param type the document type
   * @param content the content to write
   * @return the JSON document
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the document would break a reading bound; the message names
   *     the bound and where it is broken
   */
  public static <T> String write(DocumentType<T> type, T content) {
    StringWriter out = new StringWriter();
    write(type, content, out);
    return out.toString();
  }

  /**
   * Writes {@code content} as a document of the given type to {@code out}, which stays open.
   *
   * <p>A document that would break one of the reading bounds (its length, a string's length, a
   * number's digits) is refused as soon as the writer reaches the bound; what was written to {@code
   * out} until then is incomplete and should be discarded.
   *
   * @param <T> the content type
   * @param type the document type
   * @param content the content to write
   * @param out where the document goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   * @throws IllegalArgumentException if the document would break a reading bound; the message names
   *     the bound and where it is broken
   */
  public static <T> void write(DocumentType<T> type, T content, Writer out) {
    checkNotNull(type, "type");
    checkNotNull(content, "content");
    checkNotNull(out, "out");
    JavaType javaType = MAPPER.constructType(type.contentType());
    BoundedWriter bounded = new BoundedWriter(out);
    try (JsonGenerator generator = new BoundedGenerator(MAPPER.createGenerator(bounded))) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // a pretty printer counts the nesting it is in: each document needs its own instance
      generator.setPrettyPrinter(PRINTER.createInstance());
      generator.writeStartObject();
      generator.writeStringField("format", FORMAT);
      generator.writeNumberField("formatVersion", FORMAT_VERSION);
      generator.writeStringField("type", type.name());
      generator.writeFieldName("content");
      MAPPER.writerFor(javaType).writeValue(generator, type.encode(content));
      generator.writeEndObject();
      generator.writeRaw('\n');
    } catch (IOException e) {
      if (bounded.exceeded) {
        throw tooLong(type, bounded.count);
      }
      Throwable cause = e;
      while (cause != null && !(cause instanceof BoundBroken)) {
        cause = cause.getCause();
      }
      if (cause instanceof BoundBroken broken) {
        throw new IllegalArgumentException(
            "the " + type.name() + " document cannot be written: " + broken.getMessage(), e);
      }
      throw new UncheckedIOException(e);
    } catch (BoundBroken broken) {
      throw new IllegalArgumentException(
          "the " + type.name() + " document cannot be written: " + broken.getMessage(), broken);
    }
    if (bounded.exceeded) {
      throw tooLong(type, bounded.count);
    }
  }

  private static IllegalArgumentException tooLong(DocumentType<?> type, long written) {
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "the %s document cannot be written: it is longer than %,d characters (%,d written"
                + " when refused), the most read accepts; store less in one document, such as a"
                + " shorter history",
            type.name(),
            MAX_DOCUMENT_LENGTH,
            written));
  }

  /** A reading bound the writer would break; unchecked so that it passes through serializers. */
  private static final class BoundBroken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BoundBroken(String message) {
      super(message, null, false, false);
    }
  }

  /** Counts what is written and stops past {@link #MAX_DOCUMENT_LENGTH} characters. */
  private static final class BoundedWriter extends FilterWriter {
    long count;
    boolean exceeded;

    BoundedWriter(Writer out) {
      super(out);
    }

    private void count(int n) throws IOException {
      count += n;
      if (count > MAX_DOCUMENT_LENGTH) {
        exceeded = true;
        throw new IOException("longer than " + MAX_DOCUMENT_LENGTH + " characters");
      }
    }

    @Override
    public void write(int c) throws IOException {
      count(1);
      out.write(c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      count(len);
      out.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      count(len);
      out.write(str, off, len);
    }
  }

  /** Refuses strings, names and numbers that reading would reject. */
  private static final class BoundedGenerator extends JsonGeneratorDelegate {
    BoundedGenerator(JsonGenerator generator) {
      super(generator, false);
    }

    private void text(int length, String what) {
      if (length > MAX_STRING_LENGTH) {
        throw new BoundBroken(
            String.format(
                Locale.ROOT,
                "a %s at %s is %,d characters long, more than the %,d read accepts",
                what,
                describe(getOutputContext()),
                length,
                MAX_STRING_LENGTH));
      }
    }

    private void digits(int digits) {
      if (digits > MAX_NUMBER_LENGTH) {
        throw new BoundBroken(
            String.format(
                Locale.ROOT,
                "a number at %s has %,d digits, more than the %,d read accepts",
                describe(getOutputContext()),
                digits,
                MAX_NUMBER_LENGTH));
      }
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text != null) {
        text(text.length(), "string");
      }
      super.writeString(text);
    }

    @Override
    public void writeString(char[] text, int offset, int len) throws IOException {
      text(len, "string");
      super.writeString(text, offset, len);
    }

    @Override
    public void writeString(com.fasterxml.jackson.core.SerializableString text) throws IOException {
      text(text.charLength(), "string");
      super.writeString(text);
    }

    @Override
    public void writeFieldName(String name) throws IOException {
      text(name.length(), "property name");
      super.writeFieldName(name);
    }

    @Override
    public void writeNumber(java.math.BigDecimal value) throws IOException {
      if (value != null) {
        digits(value.toString().length());
      }
      super.writeNumber(value);
    }

    @Override
    public void writeNumber(java.math.BigInteger value) throws IOException {
      if (value != null) {
        digits(value.toString().length());
      }
      super.writeNumber(value);
    }

    private static String describe(com.fasterxml.jackson.core.JsonStreamContext context) {
      StringBuilder path = new StringBuilder();
      for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
        if (c.inArray()) {
          path.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
        } else if (c.getCurrentName() != null) {
          path.insert(0, "." + c.getCurrentName());
        }
      }
      return path.length() == 0 ? "the top" : path.substring(path.charAt(0) == '.' ? 1 : 0);
    }
  }

  /**
   * Reads a document of the given type.
   *
   * @param <T> the content type
   * @param type the document type expected
   * @param json the JSON document
   * @return the document's content
   * @throws BmiJsonException if {@code json} is not a valid document of that type
   * @throws NullPointerException if an argument is null
   */
  public static <T> T read(DocumentType<T> type, String json) {
    checkNotNull(json, "json");
    return read(type, new StringReader(json));
  }

  /**
   * Reads a document of the given type from {@code in}, which stays open.
   *
   * @param <T> the content type
   * @param type the document type expected
   * @param in the JSON document
   * @return the document's content
   * @throws BmiJsonException if the input is not a valid document of that type
   * @throws UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public static <T> T read(DocumentType<T> type, Reader in) {
    checkNotNull(type, "type");
    checkNotNull(in, "in");
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(in);
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      T content = new EnvelopeReader<>(parser, type).read();
      parser.close();
      return content;
    } catch (BmiJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw translate(e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // a value's own precondition, should Jackson not wrap it, or any other failure inside:
      // whatever the document holds, the caller sees a BmiJsonException
      throw fault(parser, reasonOf(e), e);
    }
  }

  private static final class EnvelopeReader<T> {
    private final JsonParser parser;
    private final DocumentType<T> type;

    EnvelopeReader(JsonParser parser, DocumentType<T> type) {
      this.parser = parser;
      this.type = type;
    }

    T read() throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw fault(
            parser,
            "a bmi4j document is a JSON object with format, formatVersion, type" + " and content",
            null);
      }
      boolean format = false;
      boolean version = false;
      int formatVersion = FORMAT_VERSION;
      boolean typed = false;
      boolean hasContent = false;
      @Nullable T content = null;
      @Nullable JsonNode pending = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        switch (field) {
          case "format" -> {
            if (token != JsonToken.VALUE_STRING || !FORMAT.equals(parser.getText())) {
              throw fault(parser, "format must be \"" + FORMAT + "\"", null);
            }
            format = true;
          }
          case "formatVersion" -> {
            if (token != JsonToken.VALUE_NUMBER_INT
                || parser.getNumberType() != JsonParser.NumberType.INT
                || parser.getIntValue() < OLDEST_FORMAT_VERSION
                || parser.getIntValue() > FORMAT_VERSION) {
              throw fault(
                  parser,
                  "formatVersion must be "
                      + OLDEST_FORMAT_VERSION
                      + " to "
                      + FORMAT_VERSION
                      + ", the versions this library reads",
                  null);
            }
            formatVersion = parser.getIntValue();
            version = true;
          }
          case "type" -> {
            if (token != JsonToken.VALUE_STRING || !type.name().equals(parser.getText())) {
              throw fault(parser, "type must be \"" + type.name() + "\" for this document", null);
            }
            typed = true;
          }
          case "content" -> {
            if (token == JsonToken.VALUE_NULL) {
              throw fault(parser, "content must not be null", null);
            }
            if (version) {
              content =
                  decode(
                      formatVersion == FORMAT_VERSION
                          ? MAPPER
                              .readerFor(MAPPER.constructType(type.contentType()))
                              .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                              .readValue(parser)
                          : readFolded(readTree()));
            } else {
              // the version comes later: keep the content until its shape is known
              pending = readTree();
            }
            hasContent = true;
          }
          default ->
              throw fault(
                  parser,
                  "unknown property \""
                      + field
                      + "\"; a document has format, formatVersion, type and content",
                  null);
        }
      }
      if (!format || !version || !typed || !hasContent) {
        throw fault(
            parser,
            "a document needs format, formatVersion, type and content; missing "
                + missing(format, version, typed, hasContent),
            null);
      }
      if (parser.nextToken() != null) {
        throw fault(parser, "unexpected content after the document's end", null);
      }
      if (pending != null) {
        content = decode(formatVersion == FORMAT_VERSION ? bind(pending) : readFolded(pending));
      }
      return checkNotNull(content, "content"); // hasContent: read and decoded
    }

    /** Decodes the content read, turning any failure into a {@link BmiJsonException}. */
    private T decode(Object stored) {
      try {
        return type.decode(stored);
      } catch (ModelIntegrityException e) {
        JsonLocation at = parser.currentTokenLocation();
        throw new BmiJsonException(
            at.getLineNr(), at.getColumnNr(), "content", reasonOf(e), e.problems(), e);
      } catch (UncheckedIOException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        // replaying a history runs the process's guards: any failure is bad input
        throw fault(parser, reasonOf(e), e);
      }
    }

    private JsonNode readTree() throws IOException {
      // numbers stay exact decimals, scale included, as the model reads them
      return MAPPER
          .reader()
          .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .readTree(parser);
    }

    /** Folds the business models of format-1 content into format 2 and binds the result. */
    private Object readFolded(JsonNode tree) {
      JsonLocation at = parser.currentTokenLocation();
      try {
        FormatOne.fold(tree, "content");
      } catch (FormatOne.Unfoldable e) {
        throw new BmiJsonException(
            at.getLineNr(), at.getColumnNr(), e.path, e.reason, e.problems, e);
      }
      return bind(tree);
    }

    private Object bind(JsonNode tree) {
      try (JsonParser tokens = MAPPER.treeAsTokens(tree)) {
        return MAPPER.readerFor(MAPPER.constructType(type.contentType())).readValue(tokens);
      } catch (JsonProcessingException e) {
        throw translate(e, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String missing(boolean format, boolean version, boolean type, boolean content) {
      StringBuilder text = new StringBuilder();
      appendIf(text, !format, "format");
      appendIf(text, !version, "formatVersion");
      appendIf(text, !type, "type");
      appendIf(text, !content, "content");
      return text.toString();
    }

    private static void appendIf(StringBuilder text, boolean condition, String name) {
      if (condition) {
        text.append(text.length() == 0 ? "" : ", ").append(name);
      }
    }
  }

  private static String reasonOf(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? "the content cannot be read: " + e.getClass().getSimpleName()
        : message;
  }

  private static BmiJsonException fault(
      @Nullable JsonParser parser, String reason, @Nullable Throwable cause) {
    if (parser == null) {
      return new BmiJsonException(-1, -1, "", reason, ImmutableList.of(), cause);
    }
    JsonLocation at = parser.currentTokenLocation();
    return new BmiJsonException(
        at.getLineNr(),
        at.getColumnNr(),
        path(parser.getParsingContext()),
        reason,
        ImmutableList.of(),
        cause);
  }

  private static BmiJsonException translate(
      JsonProcessingException e, @Nullable JsonParser parser) {
    JsonLocation at = e.getLocation();
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    // the parser's context names the element being read, array indexes included
    String path;
    if (parser != null && !parser.isClosed()) {
      path = path(parser.getParsingContext());
    } else if (e instanceof JsonMappingException mapping) {
      path = "content" + path(mapping.getPath());
    } else {
      path = "";
    }
    ModelIntegrityException integrity = integrityCause(e);
    if (integrity != null) {
      return new BmiJsonException(line, column, path, reasonOf(integrity), integrity.problems(), e);
    }
    return new BmiJsonException(line, column, path, reason(e), ImmutableList.of(), e);
  }

  private static String reason(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      java.util.TreeSet<String> known = new java.util.TreeSet<>();
      for (Object id : unknown.getKnownPropertyIds()) {
        known.add(String.valueOf(id));
      }
      return "unknown property \""
          + unknown.getPropertyName()
          + "\"; the properties here are "
          + known;
    }
    if (e instanceof InvalidFormatException invalid
        && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum()) {
      return "\""
          + invalid.getValue()
          + "\" is not one of the "
          + invalid.getTargetType().getSimpleName()
          + " values "
          + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
    }
    String original = e.getOriginalMessage();
    java.util.regex.Matcher missing = MISSING_REQUIRED.matcher(original == null ? "" : original);
    if (missing.find()) {
      return "required properties are missing: [" + missing.group(1) + "]; give each of them";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof NullPointerException) {
      return "a required value is missing or null: " + root.getMessage();
    }
    String message = e.getOriginalMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static @Nullable ModelIntegrityException integrityCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ModelIntegrityException integrity) {
        return integrity;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String path(java.util.List<JsonMappingException.Reference> references) {
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getIndex() >= 0) {
        text.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        text.append('.').append(reference.getFieldName());
      }
    }
    return text.toString();
  }

  private static String path(JsonStreamContext context) {
    StringBuilder text = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        text.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        text.insert(
            0, (c.getParent() != null && c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
      }
    }
    return text.toString();
  }

  private static ObjectMapper createMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new GuavaModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(PRINTER)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();
    for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      mapper
          .coercionConfigFor(numeric)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return mapper;
  }
}
