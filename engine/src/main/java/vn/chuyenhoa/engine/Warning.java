package vn.chuyenhoa.engine;

/** Something in the input worth knowing that does not stop the evaluation. */
public record Warning(String path, String vi, String en) {
    public String message(Language language) {
        return path + ": " + language.pick(vi, en);
    }
}
