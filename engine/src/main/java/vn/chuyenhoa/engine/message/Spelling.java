package vn.chuyenhoa.engine.message;

/**
 * How a front end writes the engine's {@link Parameter}s: the command line as options ({@code --area-type}), HTTP
 * as query parameters ({@code area_type}). Messages and reports take one, so that the engine never writes a front
 * end's words itself.
 */
@FunctionalInterface
public interface Spelling {
    /** Query parameters: the canonical names ({@link Parameter#id()}). */
    Spelling QUERY = Parameter::id;

    String of(Parameter parameter);
}
