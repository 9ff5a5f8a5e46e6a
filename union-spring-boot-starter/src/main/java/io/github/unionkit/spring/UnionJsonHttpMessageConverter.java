package io.github.unionkit.spring;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.UnionJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractSmartHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes UnionKit's types, and only those, with a mapper of UnionKit's settings: duplicate
 * properties and unknown properties refused, {@code JsonLimits} applied, strict JSON, every failure a
 * located {@link JsonInputException}. Registered ahead of Boot's Jackson converter, it answers for
 * UnionKit documents (and collections of them); the application's own types go to Boot's converter
 * and its mapper, untouched.
 */
final class UnionJsonHttpMessageConverter extends AbstractSmartHttpMessageConverter<Object> {

    private final JsonMapper mapper;

    /**
     * Creates the converter.
     *
     * @param mapper a mapper built by {@link UnionJson#builder()}, not null
     */
    UnionJsonHttpMessageConverter(JsonMapper mapper) {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return UnionKitTypes.isUnionKit(clazz);
    }

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return UnionKitTypes.isUnionKit(type) && canRead(mediaType);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return (UnionKitTypes.isUnionKit(valueClass) || UnionKitTypes.isUnionKit(type)) && canWrite(mediaType);
    }

    @Override
    public List<MediaType> getSupportedMediaTypes(Class<?> clazz) {
        return UnionKitTypes.isUnionKit(clazz) ? getSupportedMediaTypes() : List.of();
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints)
            throws IOException {
        JavaType javaType = mapper.constructType(type.getType());
        try (InputStream body = inputMessage.getBody()) {
            return UnionJson.read(mapper, body, javaType);
        } catch (JsonInputException e) {
            throw new UnreadableDocumentException(e, inputMessage);
        }
    }

    @Override
    protected void writeInternal(Object value, ResolvableType type, HttpOutputMessage outputMessage,
            Map<String, Object> hints) throws IOException {
        try {
            mapper.writeValue(outputMessage.getBody(), value);
        } catch (JacksonException e) {
            // The message names the type, never the value.
            throw new HttpMessageNotWritableException("UnionKit cannot write " + value.getClass().getName(), e);
        }
    }

    /**
     * A UnionKit document that could not be read: the located cause, for the 400 problem detail.
     */
    static final class UnreadableDocumentException extends HttpMessageNotReadableException {

        private static final long serialVersionUID = 1L;

        private final transient JsonInputException input;

        UnreadableDocumentException(JsonInputException cause, HttpInputMessage message) {
            super("Unreadable UnionKit document: " + cause.errorType(), cause, message);
            this.input = cause;
        }

        /**
         * Returns what was wrong and where.
         *
         * @return the located input error
         */
        JsonInputException input() {
            return input;
        }
    }
}
