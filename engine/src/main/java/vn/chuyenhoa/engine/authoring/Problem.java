package vn.chuyenhoa.engine.authoring;

/**
 * One problem in a rule set's files, at its place.
 *
 * @param place   the file, with {@code :line} where the problem has one ({@code …/rules.drl:37})
 * @param message what is wrong, naming the criterion, rule or fact
 */
public record Problem(String place, String message) {
    @Override
    public String toString() {
        return place + ": " + message;
    }
}
