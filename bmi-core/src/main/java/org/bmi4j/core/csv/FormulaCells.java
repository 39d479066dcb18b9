package org.bmi4j.core.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Neutralises text cells a spreadsheet would evaluate as a formula (CSV injection, as OWASP
 * recommends): a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is written with a single quote before it. A plain decimal number such as {@code
 * -5} or {@code -0.25} is left as it is: a spreadsheet reads it as a number, not a formula. A text
 * cell that itself begins with a single quote gets one more, so that reading strips exactly one and
 * every text reads back as written.
 */
final class FormulaCells {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private FormulaCells() {}

  /** Returns {@code text} as a safe cell. */
  static String escape(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '@'
            || first == '\t'
            || first == '\r'
            || first == '\''
            || first == '-' && !PLAIN_NUMBER.matcher(text).matches();
    return risky ? "'" + text : text;
  }

  /** Returns the text a safe cell was written from. */
  static String unescape(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\'') {
      String rest = cell.substring(1);
      if (!escape(rest).equals(rest)) {
        return rest; // exactly the cells escape() prefixed
      }
    }
    return cell;
  }

  /** A Jackson module writing and reading every string through the rule above. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("bmi4j-formula-cells");
    module.addSerializer(
        String.class,
        new StdScalarSerializer<String>(String.class) {
          @Override
          public void serialize(String value, JsonGenerator out, SerializerProvider provider)
              throws IOException {
            out.writeString(escape(value));
          }
        });
    module.addDeserializer(
        String.class,
        new StdScalarDeserializer<String>(String.class) {
          @Override
          public @Nullable String deserialize(JsonParser in, DeserializationContext context)
              throws IOException {
            String cell = StringDeserializer.instance.deserialize(in, context);
            return cell == null ? null : unescape(cell);
          }
        });
    return module;
  }
}
