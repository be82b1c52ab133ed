/**
 * {@code chuyenhoa serve}: the engine over HTTP, thin like the command line. Jetty (core handlers, no servlets) reads
 * requests and writes responses; every decision, message and output format is the engine's. {@link ChuyenhoaServer}
 * starts it with {@link ServerOptions}; {@link Route} lists the endpoints, {@code openapi.json} beside these classes
 * describes them (docs/api.md).
 */
package vn.chuyenhoa.server;
