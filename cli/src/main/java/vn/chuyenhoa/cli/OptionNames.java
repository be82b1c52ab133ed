package vn.chuyenhoa.cli;

import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Spelling;

/** The command line's names for the engine's parameters: {@code --area-type} for {@link Parameter#AREA_TYPE}. */
final class OptionNames implements Spelling {
    static final OptionNames INSTANCE = new OptionNames();

    private OptionNames() {}

    @Override
    public String of(Parameter parameter) {
        return "--" + parameter.id().replace('_', '-');
    }
}
