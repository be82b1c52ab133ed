package vn.chuyenhoa.engine.testing;

import vn.chuyenhoa.engine.message.Spelling;

/** Parameters spelt as the command line spells them ({@code --area-type}), for tests that read messages as a user does. */
public final class Options {
    public static final Spelling SPELLING = parameter -> "--" + parameter.id().replace('_', '-');

    private Options() {}
}
