package vn.chuyenhoa.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.message.Shown;
import vn.chuyenhoa.engine.message.Suggestions;

/**
 * A command line that cannot be parsed, said in the run's one language: picocli's own messages are English only, so
 * the kinds it reports (an unknown command or option, an argument too many, a value of the wrong kind, a missing or
 * repeated one) are worded here, with a "did you mean" for a misspelt command or option.
 */
final class UsageErrors {
    private UsageErrors() {}

    /**
     * The language a command line asks for with {@code --lang en} (or {@code --lang=en}), read from its words: a line
     * that does not parse has no options to ask.
     */
    static Language languageOf(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=")
                    ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return value.equalsIgnoreCase("en") ? Language.EN : Language.VI;
            }
        }
        return Language.VI;
    }

    /** The one-line message for {@code e}. */
    static String message(ParameterException e, Language l) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, l);
        }
        if (e instanceof MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
            return l.pick("thiếu tham số bắt buộc: ", "missing required parameter: ") + names;
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return l.pick("chỉ được nêu một lần: ", "give it only once: ") + name(overwritten.getOverwritten());
        }
        ArgSpec argument = e.getArgSpec();
        if (argument != null && e.getValue() != null) {
            return invalidValue(argument, e.getValue(), e, l);
        }
        // A message of the commands' own (already in the run's language), or a kind picocli rarely reports.
        return Shown.line(e.getMessage());
    }

    /** "Xem: chuyenhoa evaluate --help" */
    static String seeHelp(CommandLine command, Language l) {
        return l.pick("Xem: ", "See: ") + command.getCommandSpec().qualifiedName() + " --help";
    }

    private static String unmatched(UnmatchedArgumentException e, Language l) {
        List<String> words = e.getUnmatched();
        CommandLine command = e.getCommandLine();
        String first = words.isEmpty() ? "" : words.get(0);
        if (!first.startsWith("-")
                && command.getParent() == null
                && !command.getSubcommands().isEmpty()
                && command.getParseResult() != null
                && !command.getParseResult().hasSubcommand()) {
            List<String> names = new ArrayList<>(command.getSubcommands().keySet());
            return l.pick("không có lệnh ", "unknown command ")
                    + quoted(first)
                    + didYouMean(first, names, l)
                            .orElse(l.pick(" (có: ", " (known: ") + String.join(", ", names) + ")");
        }
        if (e.isUnknownOption()) {
            List<String> options = new ArrayList<>();
            command.getCommandSpec().options().forEach(o -> options.addAll(List.of(o.names())));
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return l.pick("không có tùy chọn ", "unknown option ")
                    + quoted(option)
                    + didYouMean(option, options, l).orElse("");
        }
        return l.pick("thừa tham số: ", "unexpected arguments: ")
                + words.stream().map(UsageErrors::quoted).collect(Collectors.joining(", "));
    }

    /** " — có phải ý bạn là "evaluate"?" when a known name is close to {@code typed}. */
    private static Optional<String> didYouMean(String typed, List<String> known, Language l) {
        return Suggestions.closest(typed, known)
                .map(s -> l.pick(" — có phải ý bạn là ", " — did you mean ") + quoted(s) + "?");
    }

    private static String invalidValue(ArgSpec argument, String value, ParameterException e, Language l) {
        Class<?> type = argument.type();
        String expected;
        if (type.isEnum()) {
            expected = l.pick("một trong ", "one of ")
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> c.toString().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "));
        } else if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            expected = l.pick("một số nguyên", "a whole number");
        } else if (type == char.class || type == Character.class) {
            expected = l.pick("một ký tự", "one character");
        } else if (e.getCause() instanceof CommandLine.TypeConversionException conversion) {
            // A converter of ours, which words its reason in both languages: "vi / en".
            String reason = conversion.getMessage();
            int split = reason.indexOf(" / ");
            return name(argument) + ": "
                    + (split < 0 ? reason : l.pick(reason.substring(0, split), reason.substring(split + 3)));
        } else {
            expected = null;
        }
        return name(argument) + ": " + l.pick("giá trị không hợp lệ ", "invalid value ") + quoted(value)
                + (expected == null ? "" : l.pick(" (cần ", " (expected ") + expected + ")");
    }

    private static String name(ArgSpec argument) {
        if (argument instanceof OptionSpec option) {
            return option.longestName();
        }
        return ((PositionalParamSpec) argument).paramLabel();
    }

    private static String quoted(String text) {
        return "\"" + Shown.line(text) + "\"";
    }
}
