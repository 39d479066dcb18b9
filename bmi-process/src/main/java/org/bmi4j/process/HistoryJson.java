package org.bmi4j.process;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of an instance's history ({@link InstanceRecord#history()}): step by step up to
 * {@value #STEP_BY_STEP_LIMIT} steps, compactly beyond.
 *
 * <p>A history of at most {@value #STEP_BY_STEP_LIMIT} steps is an array of steps, each with its
 * sequence, states, event, instant and cycle. A longer one would make a document of about 260
 * characters a step, too long to read back past about 60,000 steps ({@link
 * org.bmi4j.core.json.BmiJson#MAX_DOCUMENT_LENGTH}), so it is written as an object of two arrays
 * (library formalisation):
 *
 * <ul>
 *   <li>{@code "moves"}: each distinct move of the history once, in order of first use: the state
 *       before ({@code "from"}), the state after ({@code "to"}), the event and whether the move
 *       starts a cycle ({@code "startsCycle"});
 *   <li>{@code "steps"}: strings of up to {@value #TOKENS_PER_STRING} steps each, oldest first,
 *       separated by one space; a step is {@code <move>[+millis|-millis][.nanos]}: the move's
 *       index, the milliseconds since the step before (since 1970 for the first step; omitted when
 *       zero) and the nanoseconds within the millisecond (1 to 999999; omitted when zero).
 * </ul>
 *
 * <p>The sequence numbers (1, 2, 3, ...) and the cycles (1, raised by each move that starts one)
 * follow from the order, so a compact history reads back into the same steps, and reading replays
 * them as it does a history written step by step. A history the compact form cannot express (steps
 * not numbered 1, 2, 3, ..., a step not starting where the one before ended, a cycle not 1 or one
 * more than before) is written step by step, whatever its length.
 */
final class HistoryJson {
  /** The longest history written step by step. */
  static final int STEP_BY_STEP_LIMIT = 1_000;

  /** The most steps in one string of a compact history. */
  static final int TOKENS_PER_STRING = 1_000;

  private static final int NANOS_PER_MILLI = 1_000_000;

  private HistoryJson() {}

  /** A distinct move of a compact history. */
  private record Move(Enum<?> from, Enum<?> to, Object event, boolean startsCycle) {}

  /** Writes a history step by step or compactly. */
  static final class Writer extends StdSerializer<ImmutableList<Step<?, ?>>>
      implements ContextualSerializer {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable JsonSerializer<Object> stepByStep;
    private final transient @Nullable TypeSerializer stateTypes;
    private final transient @Nullable TypeSerializer eventTypes;

    /** Jackson's instance, made contextual before use. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Writer() {
      super((Class) ImmutableList.class);
      this.stepByStep = null;
      this.stateTypes = null;
      this.eventTypes = null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Writer(
        JsonSerializer<Object> stepByStep,
        @Nullable TypeSerializer stateTypes,
        @Nullable TypeSerializer eventTypes) {
      super((Class) ImmutableList.class);
      this.stepByStep = stepByStep;
      this.stateTypes = stateTypes;
      this.eventTypes = eventTypes;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      JavaType history = property.getType();
      JavaType step = history.getContentType();
      return new Writer(
          provider.findTypedValueSerializer(history, true, property),
          provider.findTypeSerializer(step.containedTypeOrUnknown(0)),
          provider.findTypeSerializer(step.containedTypeOrUnknown(1)));
    }

    @Override
    public void serialize(
        ImmutableList<Step<?, ?>> history, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      JsonSerializer<Object> stepByStep = Objects.requireNonNull(this.stepByStep);
      Compact compact = history.size() > STEP_BY_STEP_LIMIT ? compact(history) : null;
      if (compact == null) {
        stepByStep.serialize(history, out, provider);
        return;
      }
      out.writeStartObject();
      out.writeFieldName("moves");
      out.writeStartArray();
      for (Move move : compact.moves()) {
        out.writeStartObject();
        out.writeFieldName("from");
        value(move.from(), stateTypes, out, provider);
        out.writeFieldName("to");
        value(move.to(), stateTypes, out, provider);
        out.writeFieldName("event");
        value(move.event(), eventTypes, out, provider);
        out.writeBooleanField("startsCycle", move.startsCycle());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeFieldName("steps");
      out.writeStartArray();
      StringBuilder tokens = new StringBuilder();
      long millis = 0;
      for (int i = 0; i < history.size(); i++) {
        Step<?, ?> step = history.get(i);
        if (i % TOKENS_PER_STRING != 0) {
          tokens.append(' ');
        }
        tokens.append(compact.indexes()[i]);
        long delta = step.epochMilli() - millis;
        if (delta > 0) {
          tokens.append('+').append(delta);
        } else if (delta < 0) {
          tokens.append(delta);
        }
        if (step.nanoOfMilli() != 0) {
          tokens.append('.').append(step.nanoOfMilli());
        }
        millis = step.epochMilli();
        if (i % TOKENS_PER_STRING == TOKENS_PER_STRING - 1 || i == history.size() - 1) {
          out.writeString(tokens.toString());
          tokens.setLength(0);
        }
      }
      out.writeEndArray();
      out.writeEndObject();
    }

    /**
     * Writes {@code value} by its own class, with the type id of the declared type if it has one,
     * as Jackson writes a property of an abstract type.
     */
    private static void value(
        Object value,
        @Nullable TypeSerializer types,
        JsonGenerator out,
        SerializerProvider provider)
        throws IOException {
      JsonSerializer<Object> serializer = provider.findValueSerializer(value.getClass());
      if (types == null) {
        serializer.serialize(value, out, provider);
      } else {
        serializer.serializeWithType(value, out, provider, types);
      }
    }

    /** The distinct moves of a history in order of first use, and the move of each step. */
    private record Compact(ImmutableList<Move> moves, int[] indexes) {}

    /**
     * Returns the distinct moves of {@code history} and the move of each step, or null if the
     * compact form cannot express the history.
     */
    private static @Nullable Compact compact(List<Step<?, ?>> history) {
      Map<Move, Integer> moves = new LinkedHashMap<>();
      int[] indexes = new int[history.size()];
      Enum<?> state = null;
      int cycle = 1;
      for (int i = 0; i < history.size(); i++) {
        Step<?, ?> step = history.get(i);
        boolean follows = state == null || step.from() == state;
        boolean counted = step.cycle() == cycle || step.cycle() == cycle + 1;
        // deltas between steps more than 2^63 ms apart would overflow
        boolean timed = i == 0 || !overflows(history.get(i - 1).epochMilli(), step.epochMilli());
        if (step.sequence() != i + 1 || !follows || !counted || !timed) {
          return null;
        }
        Integer index = moves.putIfAbsent(move(step, cycle), moves.size());
        indexes[i] = index == null ? moves.size() - 1 : index;
        state = step.to();
        cycle = step.cycle();
      }
      return new Compact(ImmutableList.copyOf(moves.keySet()), indexes);
    }

    private static boolean overflows(long before, long after) {
      long delta = after - before;
      // overflow iff the operands have different signs and the result's sign differs from after's
      return ((after ^ before) & (after ^ delta)) < 0;
    }

    private static Move move(Step<?, ?> step, int cycleBefore) {
      return new Move(step.from(), step.to(), step.event(), step.cycle() != cycleBefore);
    }
  }

  /** Reads a history written step by step or compactly. */
  static final class Reader extends StdDeserializer<ImmutableList<Step<?, ?>>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable JsonDeserializer<Object> stepByStep;
    private final @Nullable JavaType state;
    private final @Nullable JavaType event;

    /** Jackson's instance, made contextual before use. */
    Reader() {
      super(ImmutableList.class);
      this.stepByStep = null;
      this.state = null;
      this.event = null;
    }

    private Reader(JsonDeserializer<Object> stepByStep, JavaType state, JavaType event) {
      super(ImmutableList.class);
      this.stepByStep = stepByStep;
      this.state = state;
      this.event = event;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext context, @Nullable BeanProperty property)
        throws JsonMappingException {
      JavaType history =
          property != null
              ? property.getType()
              : Objects.requireNonNull(context.getContextualType(), "the history's type");
      JavaType step = history.getContentType();
      return new Reader(
          context.findContextualValueDeserializer(history, property),
          step.containedTypeOrUnknown(0),
          step.containedTypeOrUnknown(1));
    }

    @Override
    @SuppressWarnings("unchecked")
    public ImmutableList<Step<?, ?>> deserialize(JsonParser in, DeserializationContext context)
        throws IOException {
      if (in.currentToken() != JsonToken.START_OBJECT) {
        return (ImmutableList<Step<?, ?>>)
            Objects.requireNonNull(stepByStep).deserialize(in, context);
      }
      List<Move> moves = null;
      List<String> steps = null;
      for (JsonToken token = in.nextToken();
          token == JsonToken.FIELD_NAME;
          token = in.nextToken()) {
        String field = in.currentName();
        in.nextToken();
        switch (field) {
          case "moves" -> moves = moves(in, context);
          case "steps" -> steps = strings(in, context);
          default ->
              context.reportInputMismatch(
                  this, "a compact history has \"moves\" and \"steps\" only, not \"%s\"", field);
        }
      }
      if (moves == null || steps == null) {
        context.reportInputMismatch(
            this,
            "a compact history needs both \"moves\" and \"steps\"; \"%s\" is missing",
            moves == null ? "moves" : "steps");
        throw new AssertionError(); // reportInputMismatch throws
      }
      return steps(moves, steps, context);
    }

    private List<Move> moves(JsonParser in, DeserializationContext context) throws IOException {
      expect(in, JsonToken.START_ARRAY, "\"moves\" is an array of moves", context);
      List<Move> moves = new ArrayList<>();
      while (in.nextToken() != JsonToken.END_ARRAY) {
        expect(in, JsonToken.START_OBJECT, "a move is an object", context);
        Enum<?> from = null;
        Enum<?> to = null;
        Object event = null;
        Boolean startsCycle = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String field = in.currentName();
          in.nextToken();
          switch (field) {
            case "from" -> from = state(in, context);
            case "to" -> to = state(in, context);
            case "event" -> event = context.readValue(in, Objects.requireNonNull(this.event));
            case "startsCycle" -> {
              if (!in.currentToken().isBoolean()) {
                context.reportInputMismatch(this, "\"startsCycle\" is true or false");
              }
              startsCycle = in.getBooleanValue();
            }
            default ->
                context.reportInputMismatch(
                    this,
                    "a move has \"from\", \"to\", \"event\" and \"startsCycle\", not \"%s\"",
                    field);
          }
        }
        if (from == null || to == null || event == null || startsCycle == null) {
          context.reportInputMismatch(
              this, "move %s needs \"from\", \"to\", \"event\" and \"startsCycle\"", moves.size());
          throw new AssertionError();
        }
        moves.add(new Move(from, to, event, startsCycle));
      }
      return moves;
    }

    private @Nullable Enum<?> state(JsonParser in, DeserializationContext context)
        throws IOException {
      return (Enum<?>) context.readValue(in, Objects.requireNonNull(state));
    }

    private List<String> strings(JsonParser in, DeserializationContext context) throws IOException {
      expect(in, JsonToken.START_ARRAY, "\"steps\" is an array of strings", context);
      List<String> strings = new ArrayList<>();
      while (in.nextToken() != JsonToken.END_ARRAY) {
        expect(in, JsonToken.VALUE_STRING, "\"steps\" is an array of strings", context);
        strings.add(in.getText());
      }
      return strings;
    }

    private void expect(
        JsonParser in, JsonToken token, String message, DeserializationContext context)
        throws IOException {
      if (in.currentToken() != token) {
        context.reportInputMismatch(this, message);
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ImmutableList<Step<?, ?>> steps(
        List<Move> moves, List<String> strings, DeserializationContext context) throws IOException {
      List<Step<?, ?>> steps = new ArrayList<>();
      long millis = 0;
      int cycle = 1;
      for (String string : strings) {
        int at = 0;
        int length = string.length();
        do {
          int sequence = steps.size() + 1;
          if (sequence < 1) {
            context.reportInputMismatch(this, "a history holds at most 2^31 - 1 steps");
          }
          int end = string.indexOf(' ', at);
          if (end < 0) {
            end = length;
          }
          if (end == at) {
            context.reportInputMismatch(
                this, "step %s is empty; steps are separated by one space", sequence);
          }
          int i = at;
          long index = 0;
          while (i < end && Character.isDigit(string.charAt(i)) && index <= Integer.MAX_VALUE) {
            index = index * 10 + (string.charAt(i++) - '0');
          }
          boolean wellFormed = i > at;
          long delta = 0;
          if (wellFormed && i < end && (string.charAt(i) == '+' || string.charAt(i) == '-')) {
            boolean negative = string.charAt(i++) == '-';
            int digits = i;
            while (i < end
                && Character.isDigit(string.charAt(i))
                && delta <= (Long.MAX_VALUE - (string.charAt(i) - '0')) / 10) {
              delta = delta * 10 + (string.charAt(i++) - '0');
            }
            wellFormed = i > digits;
            delta = negative ? -delta : delta;
          }
          long nanos = 0;
          if (wellFormed && i < end && string.charAt(i) == '.') {
            int digits = ++i;
            while (i < end && Character.isDigit(string.charAt(i)) && i - digits < 10) {
              nanos = nanos * 10 + (string.charAt(i++) - '0');
            }
            wellFormed = i > digits;
            if (wellFormed && i == end && (nanos < 1 || nanos >= NANOS_PER_MILLI)) {
              context.reportInputMismatch(
                  this,
                  "step %s is %s, whose nanoseconds within the millisecond are not between 1 and"
                      + " 999999",
                  sequence,
                  string.substring(at, end));
            }
          }
          if (!wellFormed || i != end) {
            context.reportInputMismatch(
                this,
                "step %s is %s, not <move>[+millis|-millis][.nanos]",
                sequence,
                string.substring(at, end));
          }
          if (index >= moves.size()) {
            context.reportInputMismatch(
                this,
                "step %s names move %s; the moves are numbered 0 to %s",
                sequence,
                index,
                moves.size() - 1);
          }
          long time = millis + delta;
          if (((millis ^ time) & (delta ^ time)) < 0) {
            context.reportInputMismatch(
                this,
                "step %s is %s, which puts it more than 2^63 milliseconds from 1970",
                sequence,
                string.substring(at, end));
          }
          Move move = moves.get((int) index);
          cycle = move.startsCycle() ? cycle + 1 : cycle;
          // unchained, as a step read one by one: replaying the history chains the steps it makes
          steps.add(
              new Step(
                  null, sequence, move.from(), move.to(), move.event(), time, (int) nanos, cycle));
          millis = time;
          at = end + 1;
        } while (at <= length);
      }
      return ImmutableList.copyOf(steps);
    }
  }
}
