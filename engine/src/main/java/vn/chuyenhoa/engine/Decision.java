package vn.chuyenhoa.engine;

import java.util.function.Function;

/** The outcome that a plan's decision rule reached, and why, in words. */
public record Decision(Outcome outcome, Function<Language, String> explanation) {
    public String reason(Language language) {
        return explanation.apply(language);
    }
}
