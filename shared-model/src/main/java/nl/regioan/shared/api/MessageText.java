package nl.regioan.shared.api;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.Locale;
import java.util.function.Supplier;

/** JSON-B writes a {@link Message} as its text, in the language the supplier names. */
public final class MessageText implements JsonbSerializer<Message> {

    private final Supplier<Locale> language;

    public MessageText(Supplier<Locale> language) {
        this.language = language;
    }

    /** Always Dutch: for documents that are kept, such as a finalised report. */
    public static MessageText dutch() {
        return new MessageText(() -> Messages.DUTCH);
    }

    @Override
    public void serialize(Message message, JsonGenerator generator, SerializationContext context) {
        generator.write(message.text(language.get()));
    }
}
