package nl.regioan.app.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Every JSON request body of both modules is read by {@link StrictJson} and then checked by Bean
 * Validation ({@link BodyValidation}); responses are still written by JSON-B. The JSON-P types get readers
 * of their own, so that no built-in reader is closer to the declared type than ours.
 */
public class StrictJsonReader<T> implements MessageBodyReader<T> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type) && type != File.class;
    }

    static boolean isJson(MediaType mediaType) {
        return mediaType == null || mediaType.isWildcardType()
                || "application".equals(mediaType.getType()) && ("json".equals(mediaType.getSubtype())
                        || mediaType.getSubtype().endsWith("+json"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T readFrom(Class<T> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                      MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        Object body = StrictJson.read(entityStream, genericType == null ? type : genericType);
        BodyValidation.check(body);
        return (T) body;
    }

    /** Records, lists of records and other bodies bound to Java types. */
    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.WILDCARD})
    @Priority(100)
    public static final class ForTypes extends StrictJsonReader<Object> {
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.WILDCARD})
    @Priority(100)
    public static final class ForJsonValue extends StrictJsonReader<JsonValue> {
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.WILDCARD})
    @Priority(100)
    public static final class ForJsonStructure extends StrictJsonReader<JsonStructure> {
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.WILDCARD})
    @Priority(100)
    public static final class ForJsonObject extends StrictJsonReader<JsonObject> {
    }

    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.WILDCARD})
    @Priority(100)
    public static final class ForJsonArray extends StrictJsonReader<JsonArray> {
    }
}
