package vn.chuyenhoa.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stopping lets the requests under way finish and takes no new ones. */
class ShutdownTest {
    @Test
    @DisplayName("A request under way when the stop begins gets its verdict; new connections are refused")
    void graceful() throws Exception {
        TestServer http = TestServer.start().ready();
        int port = http.server.port();
        String expected = http.post("/v1/evaluate", "application/json", ApiTest.bytes(ApiTest.PHUONG_5))
                .text();
        byte[] body = ApiTest.bytes(ApiTest.PHUONG_5);
        String half = new String(body, 0, 100, StandardCharsets.UTF_8);
        String rest = new String(body, 100, body.length - 100, StandardCharsets.UTF_8);
        try (Socket socket = RawHttp.open(port)) {
            RawHttp.write(socket, FaultsTest.post("/v1/evaluate", body.length, half));
            Thread.sleep(200); // the request is being read
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
                try {
                    http.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            for (int i = 0; i < 100 && canConnect(port); i++) {
                Thread.sleep(50);
            }
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
            assertThat(stopped).isNotDone();
            RawHttp.write(socket, rest);
            String response = RawHttp.response(socket);
            assertThat(RawHttp.status(response)).isEqualTo(200);
            assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).isEqualTo(expected);
            stopped.get(30, TimeUnit.SECONDS);
        }
    }

    private static boolean canConnect(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return socket.isConnected();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
