package io.textmfa.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The WhatsApp Cloud API request for an authentication template with a copy-code button: the code
 * appears twice (body and button). Built for display only; nothing is ever sent.
 */
public final class WhatsAppPayload {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WhatsAppPayload() {
    }

    public static ObjectNode build(String toDigits, String code) {
        ObjectNode root = JSON.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("recipient_type", "individual");
        root.put("to", toDigits);
        root.put("type", "template");
        ObjectNode template = root.putObject("template");
        template.put("name", "entra_verification_code");
        template.putObject("language").put("code", "en_US");
        ArrayNode components = template.putArray("components");
        components.addObject().put("type", "body").putArray("parameters").addObject().put("type", "text").put("text", code);
        ObjectNode button = components.addObject().put("type", "button").put("sub_type", "url").put("index", "0");
        button.putArray("parameters").addObject().put("type", "text").put("text", code);
        return root;
    }

    public static String text(ObjectNode payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
