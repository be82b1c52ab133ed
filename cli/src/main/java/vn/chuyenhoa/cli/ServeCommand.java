package vn.chuyenhoa.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.server.ChuyenhoaServer;
import vn.chuyenhoa.server.ServerOptions;

/** {@code chuyenhoa serve}: the engine over HTTP until Ctrl+C or SIGTERM (docs/api.md). */
@Command(
        name = "serve",
        sortOptions = false,
        header = "Phục vụ qua HTTP: đánh giá, sơ kết, kế hoạch, biểu mẫu (xem docs/api.md).%n"
                + "Serves the engine over HTTP until Ctrl+C: evaluate, review, plans, forms (see docs/api.md).",
        description = {
            "",
            "Mặc định chỉ nghe trên 127.0.0.1; địa chỉ khác cần mã truy cập (--token-file hoặc biến CHUYENHOA_TOKEN).",
            "Listens on 127.0.0.1 by default; any other address needs a bearer token (--token-file or CHUYENHOA_TOKEN).",
            "",
            "Ví dụ / Example:",
            "  chuyenhoa serve --port 8080",
            "  curl -s --data-binary @samples/tra-vinh-2023/phuong-5.json -H 'Content-Type: application/json' \\",
            "       http://127.0.0.1:8080/v1/evaluate"
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleSetOptions rules;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Địa chỉ nghe (mặc định 127.0.0.1). The address to listen on.")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "Cổng (mặc định 8080; 0 là một cổng còn trống). The port; 0 for a free one.")
    int port;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "Tệp chứa mã truy cập (bearer token, ít nhất 16 ký tự); nếu không, biến CHUYENHOA_TOKEN. "
                    + "A file holding the bearer token every request must carry.")
    Path tokenFile;

    @Option(
            names = "--decision-log",
            paramLabel = "FILE",
            description = "Ghi thêm mỗi lần đánh giá một dòng JSON vào tệp này. Append a JSON line per evaluation.")
    Path decisionLog;

    @Option(
            names = "--max-body",
            paramLabel = "BYTES",
            defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY,
            description = "Giới hạn nội dung của lô và sơ kết (mặc định 16 MiB); mỗi tệp số liệu vẫn 1 MiB. "
                    + "The body limit of a batch or a review.")
    long maxBody;

    @Option(
            names = "--request-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "Thời gian tối đa để gửi xong nội dung một yêu cầu. How long a request's body may take.")
    long requestTimeout;

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "Đóng kết nối im lặng quá lâu. How long a connection may stay silent.")
    long idleTimeout;

    @Option(
            names = "--max-concurrent",
            paramLabel = "N",
            defaultValue = "" + ServerOptions.DEFAULT_MAX_CONCURRENT,
            description = "Số yêu cầu được đánh giá cùng lúc (mặc định 64); các yêu cầu khác chờ lượt. "
                    + "Requests evaluated at once; more wait their turn.")
    int maxConcurrent;

    @Option(
            names = "--max-connections",
            paramLabel = "N",
            defaultValue = "4096",
            description = "Số kết nối mở cùng lúc. Connections open at once.")
    int maxConnections;

    @Option(
            names = "--cors-origin",
            paramLabel = "ORIGIN",
            description = "Cho trang web ở ORIGIN (ví dụ https://bao-cao.example) gọi API (CORS; có thể lặp lại). "
                    + "Let pages of ORIGIN call the API from a browser (repeatable); none by default.")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!CommonOptions.isVerbose()) {
            quiet("org.eclipse.jetty", "org.drools", "org.kie");
        }
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        ServerOptions options;
        try {
            options = new ServerOptions(
                    host,
                    port,
                    token(),
                    decisionLog,
                    maxBody,
                    Duration.ofSeconds(requestTimeout),
                    Duration.ofSeconds(idleTimeout),
                    maxConcurrent,
                    maxConnections,
                    corsOrigins);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Plans plans = rules.folders.isEmpty() ? Plans.load() : rules.load().plans();
        ChuyenhoaServer server;
        try {
            server = ChuyenhoaServer.start(plans, options);
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    common.language.pick("không mở được ", "cannot listen on ") + host + ":" + port + ": "
                            + e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "chuyenhoa-stop"));
        spec.commandLine()
                .getOut()
                .println(common.language.pick(
                        "chuyenhoa đang phục vụ tại " + server.uri() + " (Ctrl+C để dừng)",
                        "chuyenhoa is serving at " + server.uri() + " (Ctrl+C to stop)"));
        spec.commandLine().getOut().flush();
        server.join();
        return ExitCode.OK;
    }

    /** The token of --token-file, else of the environment; null when neither gives one. */
    private String token() {
        if (tokenFile == null) {
            String variable = System.getenv(ServerOptions.TOKEN_VARIABLE);
            return variable == null || variable.isBlank() ? null : variable.strip();
        }
        try {
            return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    common.language.pick("--token-file: không có tệp ", "--token-file: no such file: ") + tokenFile);
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    common.language.pick("--token-file: không đọc được ", "--token-file: cannot read ") + tokenFile
                            + ": " + e.getMessage());
        }
    }

    private static void stop(ChuyenhoaServer server) {
        try {
            server.stop();
        } catch (Exception e) {
            LoggerFactory.getLogger(ServeCommand.class).error("stopping the server", e);
        }
    }

    private static void quiet(String... loggers) {
        for (String name : loggers) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
    }
}
