package vn.chuyenhoa.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;
import vn.chuyenhoa.engine.Language;

/** Options every command takes. */
final class CommonOptions {
    private static boolean verbose;

    @Option(
            names = "--lang",
            paramLabel = "vi|en",
            defaultValue = "vi",
            description = "Ngôn ngữ của kết quả: vi (mặc định) hoặc en. Language of the output.")
    Language language;

    @Option(
            names = "--verbose",
            description = "In thêm nhật ký của Drools và chi tiết lỗi. Show engine logs and error details.")
    void verbose(boolean on) {
        verbose = on;
        if (on) {
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        }
    }

    static boolean isVerbose() {
        return verbose;
    }
}
