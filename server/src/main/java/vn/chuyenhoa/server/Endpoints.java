package vn.chuyenhoa.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chuyenhoa.engine.FileResult;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.choice.PlanSelection;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.form.FactsCheck;
import vn.chuyenhoa.engine.form.FactsSchema;
import vn.chuyenhoa.engine.form.FactsTemplate;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.render.PlanJson;
import vn.chuyenhoa.engine.render.ReviewCsv;
import vn.chuyenhoa.engine.render.ReviewHtml;
import vn.chuyenhoa.engine.render.ReviewJson;
import vn.chuyenhoa.engine.render.StableJson;
import vn.chuyenhoa.engine.render.ValidationJson;
import vn.chuyenhoa.engine.render.VerdictJson;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.Progress;
import vn.chuyenhoa.engine.review.ProvinceFigures;
import vn.chuyenhoa.engine.review.Review;
import vn.chuyenhoa.engine.review.ReviewInputs;
import vn.chuyenhoa.engine.review.ReviewOptions;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.ReviewWindow;
import vn.chuyenhoa.engine.workbook.ReviewWorkbook;
import vn.chuyenhoa.engine.workbook.TemplateWorkbook;
import vn.chuyenhoa.engine.workbook.Workbooks;

/**
 * What each route answers, from the engine alone: reading, choosing, evaluating, reviewing and every output format
 * are the engine's, as on the command line. An input error answers a problem with the engine's words and code; a
 * failure that is not the input's is logged with the request's id and answered 500 with that id.
 */
final class Endpoints extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(Endpoints.class);

    private final Plans plans;
    private final Metrics metrics;
    private final DecisionLog decisions;
    private final AtomicBoolean ready;
    private final byte[] openApi;

    Endpoints(Plans plans, Metrics metrics, DecisionLog decisions, AtomicBoolean ready) {
        this.plans = plans;
        this.metrics = metrics;
        this.decisions = decisions;
        this.ready = ready;
        this.openApi = resource("openapi.json");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = Exchange.of(request);
        Reply reply;
        try {
            reply = answer(exchange, request);
        } catch (HttpProblem problem) {
            reply = Reply.problem(problem, exchange.language, exchange.id);
        } catch (InvalidInputException invalid) {
            if (exchange.route == Route.EVALUATE) {
                metrics.invalid();
            }
            reply = Reply.problem(invalid.errors(), exchange.language, exchange.id);
        } catch (RuntimeException bug) {
            LOG.error("internal error {} on {} {}", exchange.id, request.getMethod(), request.getHttpURI(), bug);
            reply = Reply.problem(HttpProblem.internal(exchange.id), exchange.language, exchange.id);
        }
        reply.send(response, callback);
        return true;
    }

    private Reply answer(Exchange exchange, Request request) {
        return switch (exchange.route) {
            case HEALTH -> health();
            case METRICS -> Reply.of(200, Metrics.MEDIA_TYPE, metrics.scrape());
            case OPENAPI -> new Reply(200, "application/json", Map.of(), openApi, null);
            case PLANS -> plans(exchange);
            case PLAN ->
                Reply.json(new PlanJson(exchange.language)
                        .explain(plan(exchange), versions(plan(exchange)), plans.catalog()));
            case SCHEMA ->
                Reply.of(
                        200,
                        "application/schema+json",
                        FactsSchema.json(PlanForm.of(plan(exchange)), exchange.language));
            case TEMPLATE -> template(exchange);
            case EVALUATE -> evaluate(exchange);
            case BATCH -> batch(exchange);
            case VALIDATE -> validate(exchange);
            case REVIEW -> review(exchange, request);
        };
    }

    private Reply health() {
        boolean up = ready.get();
        return Reply.of(up ? 200 : 503, "application/json", StableJson.text(json -> {
            json.writeStartObject();
            json.writeStringField("status", up ? "ready" : "starting");
            json.writeBooleanField("live", true);
            json.writeBooleanField("ready", up);
            json.writeNumberField("rule_sets", plans.all().size());
            json.writeEndObject();
        }));
    }

    private Reply plans(Exchange exchange) {
        PlanSelection selection = selection(exchange);
        List<Plan> listed = selection.equals(PlanSelection.NONE) ? plans.all() : plans.inForce(selection);
        return Reply.json(new PlanJson(exchange.language).list(listed));
    }

    private Plan plan(Exchange exchange) {
        return plans.get(exchange.planId, Parameter.PLAN);
    }

    private List<Plan> versions(Plan plan) {
        return plans.all().stream().filter(p -> p.id().equals(plan.id())).toList();
    }

    private Reply template(Exchange exchange) {
        Plan plan = plan(exchange);
        PlanForm form = PlanForm.of(plan);
        // A pinned version is written into the template, as on the command line.
        String named = exchange.planId.contains("@") ? plan.manifest().reference() : plan.id();
        String format = exchange.parameter("format");
        Integer year = integer(exchange, "year");
        if ("xlsx".equals(format)) {
            ByteArrayOutputStream workbook = new ByteArrayOutputStream();
            try {
                TemplateWorkbook.write(form, named, year, exchange.language, workbook);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Reply(200, Workbooks.MEDIA_TYPE, Map.of(), workbook.toByteArray(), null);
        }
        if (year != null) {
            throw HttpProblem.invalidParameter(
                    "year", String.valueOf(year), "chỉ dùng với format=xlsx", "only with format=xlsx");
        }
        if (format == null || format.equals("json")) {
            return Reply.json(FactsTemplate.json(form, named));
        }
        if (format.equals("yaml")) {
            return Reply.of(200, "application/yaml", FactsTemplate.yaml(form, named, exchange.language));
        }
        throw HttpProblem.invalidParameter("format", format, "json, yaml hoặc xlsx", "json, yaml or xlsx");
    }

    private Reply evaluate(Exchange exchange) {
        FactsFile facts = plans.reader(exchange.parameter("plan")).read(null, format(exchange), exchange.body);
        Verdict verdict = plans.evaluate(facts, exchange.parameter("plan"), selection(exchange), readings(exchange));
        record(exchange, -1, verdict);
        return Reply.json(new VerdictJson(exchange.language).toJson(verdict));
    }

    private Reply batch(Exchange exchange) {
        List<byte[]> documents = Batch.documents(exchange.mediaType, exchange.body);
        List<FileResult> results =
                Batch.evaluate(plans, documents, exchange.parameter("plan"), selection(exchange), readings(exchange));
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof Verdict verdict) {
                record(exchange, i, verdict);
            } else {
                metrics.invalid();
            }
        }
        return Reply.streamed("application/json", out -> new VerdictJson(exchange.language).writeBatch(results, out));
    }

    private Reply validate(Exchange exchange) {
        FactsCheck.Result result =
                new FactsCheck(plans).check(null, format(exchange), exchange.body, exchange.parameter("plan"));
        if (!result.valid()) {
            throw new InvalidInputException(result.errors());
        }
        return Reply.json(new ValidationJson(exchange.language).toJson(result));
    }

    private Reply review(Exchange exchange, Request request) {
        ReviewFormat format = ReviewFormat.of(
                request.getHeaders().get(HttpHeader.ACCEPT),
                request.getHeaders().getQualityCSV(HttpHeader.ACCEPT));
        String plan = exchange.parameter("plan");
        String window = exchange.parameter("window");
        ReviewOptions options = new ReviewOptions(
                plan,
                integer(exchange, "year"),
                window == null ? null : ReviewWindow.parse(window),
                new ProvinceFigures(
                        whole(exchange, "communes"),
                        whole(exchange, "previously_transformed"),
                        whole(exchange, "relapsed")));
        char separator = separator(exchange);
        if (plan != null) {
            plans.get(plan, Parameter.PLAN); // an unknown plan stops the review before any file is read
        }
        List<ReviewInputs.FileContent> files =
                ReviewUploads.read(exchange.mediaType, exchange.contentType, exchange.body);
        ReviewResult review =
                new Review(plans).run(ReviewInputs.read(plans.reader(plan), files), options, Progress.NONE);
        List<AreaResult> areas = review.areas();
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).verdict() != null) {
                record(exchange, i, areas.get(i).verdict());
            }
        }
        if (format == ReviewFormat.XLSX) {
            ByteArrayOutputStream workbook = new ByteArrayOutputStream();
            try {
                new ReviewWorkbook(exchange.language, Spelling.QUERY).write(review, workbook);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Reply(200, format.mediaType, Map.of(), workbook.toByteArray(), null);
        }
        return Reply.streamed(format.mediaType, out -> {
            switch (format) {
                case JSON -> new ReviewJson(exchange.language, Spelling.QUERY).write(review, out);
                case HTML -> new ReviewHtml(exchange.language, Spelling.QUERY).write(review, out);
                case CSV -> new ReviewCsv(exchange.language, Spelling.QUERY, separator).write(review, out);
                case XLSX -> throw new IllegalStateException("a workbook is written above");
            }
        });
    }

    /** What a review answers, by the request's {@code Accept}: JSON unless HTML, CSV or a workbook is preferred. */
    private enum ReviewFormat {
        JSON("application/json"),
        HTML("text/html"),
        CSV("text/csv"),
        XLSX(Workbooks.MEDIA_TYPE);

        final String mediaType;

        ReviewFormat(String mediaType) {
            this.mediaType = mediaType;
        }

        /** The format {@code accept} prefers; {@code ranges} are its media ranges, most wanted first. */
        static ReviewFormat of(String accept, List<String> ranges) {
            if (accept == null || accept.isBlank()) {
                return JSON;
            }
            for (String range : ranges) {
                String type = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                for (ReviewFormat format : values()) {
                    if (type.equals(format.mediaType)) {
                        return format;
                    }
                }
                if (type.equals("*/*") || type.equals("application/*")) {
                    return JSON;
                }
                if (type.equals("text/*")) {
                    return HTML;
                }
            }
            throw HttpProblem.notAcceptable(
                    accept, List.of(JSON.mediaType, HTML.mediaType, CSV.mediaType, XLSX.mediaType));
        }
    }

    private void record(Exchange exchange, int index, Verdict verdict) {
        metrics.evaluated(verdict.plan().id(), verdict.outcome());
        if (decisions != null) {
            decisions.write(exchange.id, index, verdict, System.nanoTime() - exchange.startNanos);
        }
    }

    private static FactsReader.Format format(Exchange exchange) {
        return exchange.mediaType.endsWith("yaml") ? FactsReader.Format.YAML : FactsReader.Format.JSON;
    }

    private static PlanSelection selection(Exchange exchange) {
        return new PlanSelection(
                exchange.parameter("province"),
                exchange.parameter("area_type"),
                integer(exchange, "year"),
                flag(exchange, "ignore_jurisdiction"));
    }

    /** {@code reading=ID=CHOICE}, as many as given: the readings to evaluate under (DESIGN 1.1). */
    private static Map<String, String> readings(Exchange exchange) {
        Map<String, String> readings = new LinkedHashMap<>();
        for (String reading : exchange.parameters("reading")) {
            int equals = reading.indexOf('=');
            if (equals <= 0 || equals == reading.length() - 1) {
                throw new InvalidInputException(InputErrors.readingMalformed(reading));
            }
            readings.put(reading.substring(0, equals), reading.substring(equals + 1));
        }
        return readings;
    }

    private static boolean flag(Exchange exchange, String name) {
        String value = exchange.parameter(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw HttpProblem.invalidParameter(name, value, "true hoặc false", "true or false");
    }

    private static Integer integer(Exchange exchange, String name) {
        Long value = whole(exchange, name);
        if (value != null && (value < 1 || value > 9999)) {
            throw HttpProblem.invalidParameter(
                    name, exchange.parameter(name), "một năm, ví dụ 2023", "a year such as 2023");
        }
        return value == null ? null : value.intValue();
    }

    private static Long whole(Exchange exchange, String name) {
        String value = exchange.parameter(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpProblem.invalidParameter(name, value, "một số nguyên", "a whole number");
        }
    }

    private static char separator(Exchange exchange) {
        String value = exchange.parameter("csv_separator");
        if (value == null || value.equals(";")) {
            return ';';
        }
        if (value.equals(",")) {
            return ',';
        }
        throw HttpProblem.invalidParameter("csv_separator", value, "; hoặc ,", "; or ,");
    }

    private static byte[] resource(String name) {
        try (InputStream in = Endpoints.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the server jar lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
