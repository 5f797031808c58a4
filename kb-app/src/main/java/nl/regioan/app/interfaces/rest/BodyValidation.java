package nl.regioan.app.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.Messages;

/**
 * Bean Validation of request bodies and parameters, answered as the same 400 problems as every other
 * bad input: the field is the JSON pointer of the value ({@code /values/0/comment}) or the parameter's
 * name; the text is keyed by the constraint ({@code validation.Size.text}, ...), or is the constraint's
 * own {@code message} when that is a key of the bundles.
 */
public final class BodyValidation {

    private static volatile Validator validator;

    private BodyValidation() {
    }

    /** Throws an {@link InvalidInputException} naming every violated constraint of the body, if any. */
    public static void check(Object body) {
        if (body == null) {
            return;
        }
        Validator available = validator();
        if (available == null) {
            return;
        }
        Collection<?> items = body instanceof Collection<?> list ? list : List.of(body);
        List<FieldError> errors = new java.util.ArrayList<>();
        int index = 0;
        for (Object item : items) {
            String prefix = body instanceof Collection<?> ? "/" + index : "";
            if (item != null && !(item instanceof jakarta.json.JsonValue)) {
                for (ConstraintViolation<Object> violation : available.validate(item)) {
                    errors.add(new FieldError(prefix + pointer(violation.getPropertyPath(), false), message(violation)));
                }
            }
            index++;
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
    }

    public static List<FieldError> errors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new FieldError(pointer(violation.getPropertyPath(), true), message(violation)))
                .sorted(Comparator.comparing(FieldError::field)).toList();
    }

    private static Validator validator() {
        if (validator == null) {
            try {
                validator = Validation.buildDefaultValidatorFactory().getValidator();
            } catch (ValidationException noProvider) {
                return null;
            }
        }
        return validator;
    }

    /**
     * {@code values[0].comment} as {@code /values/0/comment}. For a resource method's parameter (the path
     * starts with the method and the parameter), the parameter's name for a query/path/header parameter.
     */
    static String pointer(Path path, boolean methodPath) {
        StringBuilder pointer = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    parameter = node.getName();
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.isInIterable() && node.getKey() != null) {
                pointer.append('/').append(node.getKey());
            }
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(node.getName().replace("~", "~0").replace("/", "~1"));
            }
        }
        if (methodPath && pointer.isEmpty() && parameter != null) {
            return parameter;
        }
        return pointer.toString();
    }

    static Message message(ConstraintViolation<?> violation) {
        String own = violation.getMessageTemplate();
        if (own != null && !own.startsWith("{") && Messages.exists(own)) {
            return Message.of(own);
        }
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String name = constraint.annotationType().getSimpleName();
        Object value = violation.getInvalidValue();
        return switch (name) {
            case "Size" -> Integer.valueOf(0).equals(attributes.get("min"))
                    ? Message.of(value instanceof CharSequence ? "validation.Size.text.max" : "validation.Size.list.max",
                            attributes.get("max"))
                    : Message.of(value instanceof CharSequence ? "validation.Size.text" : "validation.Size.list",
                            attributes.get("min"), attributes.get("max"));
            case "NotNull", "NotBlank", "NotEmpty" -> Message.of("validation.required");
            case "Min", "DecimalMin" -> Message.of("validation.Min", String.valueOf(attributes.get("value")));
            case "Max", "DecimalMax" -> Message.of("validation.Max", String.valueOf(attributes.get("value")));
            case "Positive" -> Message.of("validation.Positive");
            case "PositiveOrZero" -> Message.of("validation.PositiveOrZero");
            case "Digits" -> Message.of("validation.Digits", attributes.get("integer"), attributes.get("fraction"));
            case "Pattern" -> Message.of("validation.Pattern");
            case "Email" -> Message.of("validation.Email");
            default -> Message.of("validation.invalid");
        };
    }
}
