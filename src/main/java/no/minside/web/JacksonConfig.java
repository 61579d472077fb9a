package no.minside.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import no.minside.common.Text;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Money in JSON is a string with two decimals ({@code "1234.50"}), so no client parses it as a float; and strings
 * coming in may not carry control characters (a NUL byte would otherwise fail only in the database) or the invisible
 * characters that turn the reading direction.
 */
@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("money-as-string");
        module.addSerializer(BigDecimal.class, new JsonSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString((value.scale() < 2 ? value.setScale(2) : value).toPlainString());
            }
        });
        module.addDeserializer(String.class, new PrintableString());
        mapper.registerModule(module);
    }

    /** Strings as Jackson reads them, refusing control characters other than tab and line breaks. */
    static final class PrintableString extends StdScalarDeserializer<String> {

        PrintableString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.chars().anyMatch(PrintableString::isForbidden)) {
                throw InvalidFormatException.from(parser, "contains control characters", value, String.class);
            }
            if (value != null && value.codePoints().anyMatch(Text::isDirectionControl)) {
                throw InvalidFormatException.from(parser, "contains characters that change the reading direction",
                        value, String.class);
            }
            return value;
        }

        private static boolean isForbidden(int c) {
            return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
        }
    }
}
