package vn.chuyenhoa.server;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Promise;
import vn.chuyenhoa.engine.review.ReviewInputs;
import vn.chuyenhoa.engine.workbook.Workbooks;

/**
 * The files of {@code POST /v1/review}: the parts of a {@code multipart/form-data} body, each named by its file name
 * (a part without one by its field name; a name ending in {@code .csv} is read as CSV, in {@code .xlsx} as a
 * workbook), or a {@code text/csv} body as one CSV file, or an Excel workbook's body as one workbook. Everything stays in memory:
 * the body is within the server's limit before it gets here.
 */
final class ReviewUploads {
    /** The name a CSV sent as the whole body goes by in the review. */
    static final String CSV_BODY = "request.csv";
    /** The name a workbook sent as the whole body goes by in the review. */
    static final String WORKBOOK_BODY = "request.xlsx";

    private ReviewUploads() {}

    static List<ReviewInputs.FileContent> read(String mediaType, String contentType, byte[] body) {
        if (mediaType.equals("text/csv")) {
            return List.of(new ReviewInputs.FileContent(CSV_BODY, body));
        }
        if (mediaType.equals(Workbooks.MEDIA_TYPE)) {
            return List.of(new ReviewInputs.FileContent(WORKBOOK_BODY, body));
        }
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw HttpProblem.multipartUnreadable();
        }
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setMaxLength(body.length + 1L);
        parser.setMaxMemoryFileSize(body.length + 1L);
        List<ReviewInputs.FileContent> files = new ArrayList<>();
        // The body is in memory: the parse completes before get() is called.
        CompletableFuture<MultiPartFormData.Parts> parsed = new CompletableFuture<>();
        parser.parse(Content.Source.from(ByteBuffer.wrap(body)), Promise.Invocable.toPromise(parsed));
        try (MultiPartFormData.Parts parts = parsed.get()) {
            for (MultiPart.Part part : parts) {
                String name = part.getFileName() != null && !part.getFileName().isBlank()
                        ? part.getFileName()
                        : part.getName();
                ByteBuffer content = Content.Source.asByteBuffer(part.getContentSource());
                byte[] bytes = new byte[content.remaining()];
                content.get(bytes);
                files.add(new ReviewInputs.FileContent(name == null ? "" : name, bytes));
            }
        } catch (ExecutionException e) {
            throw HttpProblem.multipartUnreadable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpProblem.multipartUnreadable();
        } catch (java.io.IOException e) {
            throw HttpProblem.multipartUnreadable();
        }
        if (files.isEmpty()) {
            throw HttpProblem.noReviewFiles();
        }
        return files;
    }
}
