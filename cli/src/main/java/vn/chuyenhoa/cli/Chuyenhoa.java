package vn.chuyenhoa.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Shown;

/** The {@code chuyenhoa} command. */
@Command(
        name = "chuyenhoa",
        mixinStandardHelpOptions = true,
        versionProvider = Chuyenhoa.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Đánh giá chuyển hóa địa bàn trọng điểm, phức tạp về TTATXH theo tiêu chí của từng kế hoạch.%n"
                + "Decides whether a hotspot area's transformation is achieved, by the criteria of its plan.",
        description = {
            "",
            "Ví dụ / Example:",
            "  chuyenhoa evaluate --plan 45-KH-BCD-2023 samples/tra-vinh-2023/phuong-5.json",
            "",
            "Mã thoát / Exit codes: 0 ĐẠT or success · 1 CHƯA ĐẠT · 2 invalid input or usage ·"
                    + " 3 CHƯA ĐỦ DỮ LIỆU · 4 internal error"
        })
public final class Chuyenhoa {
    static final String REPORT_BUGS = "the chuyenhoa project's issue tracker";
    /**
     * The subcommands, in the order the help lists them. A command line that starts with one gets only that one:
     * picocli builds each command's model by reflection, some 40 ms of start-up for all of them
     * (docs/performance.md). The help, and a command line that names none, get them all.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            EvaluateCommand.class,
            ReviewCommand.class,
            PlansCommand.class,
            ExplainCommand.class,
            TemplateCommand.class,
            SchemaCommand.class,
            ValidateCommand.class,
            TestCommand.class,
            CheckCommand.class,
            DiffCommand.class,
            NewVersionCommand.class,
            NewPlanCommand.class,
            LockCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        // Logging is off unless --verbose: then SLF4J binds no-op loggers and Logback (some 600 classes with
        // its XML parser) is never loaded. Decided before anything logs, which is when SLF4J binds. A server
        // logs: its start, its stop, and each internal error with the id its answer gives.
        if (!java.util.Arrays.asList(args).contains("--verbose") && !(args.length > 0 && args[0].equals("serve"))) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        // UTF-8 whatever the locale: Java 17 would otherwise encode for a POSIX "C" locale and print "?".
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new StandardOutput(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs one command line, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // The language the line asks for, before it is parsed: a line that does not parse is answered in it too.
        Language asked = UsageErrors.languageOf(args);
        CommandLine commandLine = new CommandLine(new Chuyenhoa());
        subcommandsFor(args).forEach(commandLine::addSubcommand);
        commandLine.registerConverter(Path.class, Chuyenhoa::path);
        commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, parsed) -> {
                    err.println(UsageErrors.message(e, asked));
                    err.println(UsageErrors.seeHelp(e.getCommandLine(), asked));
                    return ExitCode.INVALID;
                })
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof InvalidInputException invalid) {
                        Language language = languageOf(command);
                        for (InputError error : invalid.errors()) {
                            err.println(error.message(language, OptionNames.INSTANCE));
                        }
                        return ExitCode.INVALID;
                    }
                    return internalError(err, e, languageOf(command));
                });
        commandLine.getCommandSpec().usageMessage().width(100);
        // Every command answers --help and --version and prints as wide, including the ones added later.
        commandLine.getSubcommands().values().forEach(sub -> {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
            sub.getCommandSpec().usageMessage().width(100);
        });
        int code = commandLine.execute(args);
        out.flush();
        if (out.checkError()) {
            // The output is lost (a full disk, a closed pipe): never exit as if it had been written.
            ParseResult parsed = commandLine.getParseResult();
            CommandLine command = parsed != null && parsed.hasSubcommand()
                    ? parsed.subcommand().commandSpec().commandLine()
                    : commandLine;
            err.println(InputErrors.standardOutputFailed(StandardOutput.failure())
                    .message(languageOf(command), OptionNames.INSTANCE));
            code = ExitCode.INVALID;
        }
        err.flush();
        return code;
    }

    /** The subcommand the command line starts with, or all of them (the help command lists and finds the others). */
    private static List<Class<?>> subcommandsFor(String... args) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (args.length > 0
                    && subcommand != CommandLine.HelpCommand.class
                    && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                return List.of(subcommand);
            }
        }
        return SUBCOMMANDS;
    }

    /**
     * A file name from the command line. Java encodes names in the locale's character set: under {@code LC_ALL=C} a
     * name with "ư" cannot be one, and the message says what to do rather than naming Java's exception.
     */
    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("tên tệp \"" + Shown.line(name) + "\" không viết được bằng"
                    + " bảng mã của ngôn ngữ hệ thống (" + System.getProperty("sun.jnu.encoding")
                    + "): chạy bằng ./chuyenhoa, hoặc đặt LC_ALL=C.UTF-8 / the file name cannot be written in the"
                    + " system locale's character set: run ./chuyenhoa, or set LC_ALL=C.UTF-8");
        }
    }

    static int internalError(PrintWriter err, Throwable e, Language l) {
        err.println(l.pick(
                        "Lỗi nội bộ của chuyenhoa (lỗi của chương trình, không phải của tệp): ",
                        "chuyenhoa internal error (a bug, not a problem with your files): ")
                + e);
        err.println(l.pick("Xin báo lỗi tại ", "Please report it at ")
                + REPORT_BUGS
                + l.pick(", kèm lệnh và tệp đầu vào", " with the command and the input file")
                + (CommonOptions.isVerbose() ? "." : l.pick("; --verbose in chi tiết.", "; --verbose shows details.")));
        if (CommonOptions.isVerbose()) {
            e.printStackTrace(err);
        }
        return ExitCode.INTERNAL;
    }

    private static Language languageOf(CommandLine command) {
        Object options = command.getMixins().get("common");
        return options instanceof CommonOptions common && common.language != null ? common.language : Language.VI;
    }

    /** Prints the version of the tool and of each rule set it ships. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Chuyenhoa.class.getResourceAsStream("/chuyenhoa-cli.properties")) {
                properties.load(in);
            }
            return new String[] {
                "chuyenhoa " + properties.getProperty("version"), "Java " + System.getProperty("java.version")
            };
        }
    }
}
