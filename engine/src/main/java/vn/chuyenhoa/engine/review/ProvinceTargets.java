package vn.chuyenhoa.engine.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.manifest.ReviewTargetDefinition;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.rule.Phrasing;

/**
 * Evaluates a plan's province-level targets ({@code review_targets}) over the review's areas, with the same
 * three-valued logic as an area's criteria. An area CHƯA ĐỦ DỮ LIỆU or invalid could turn out either way, so
 * a share of areas is PASS only if it holds when all of them fail, FAIL only if it fails when all of them pass.
 * An invalid input that may or may not be one more area of the plan (its plan unknown, or a repeat) counts in
 * the worst case for each side: in and failed for the share transformed, in for the cap, out for the cap's
 * best case. A figure the province did not give leaves its target MISSING, naming the option that gives it.
 */
final class ProvinceTargets {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProvinceTargets() {}

    /** The plan's targets, in its manifest's order. */
    static List<TargetResult> evaluate(Plan plan, List<AreaResult> results, ProvinceFigures figures) {
        Counts sure = Counts.of(results.stream().filter(r -> r.surelyOf(plan)).toList());
        int perhaps = (int) results.stream().filter(r -> r.perhapsOf(plan)).count();
        return plan.manifest().reviewTargets().stream()
                .map(target -> switch (target.kind()) {
                    case TRANSFORMED_AT_LEAST -> transformed(plan, target, sure, perhaps);
                    case NOT_RELAPSED_AT_LEAST -> notRelapsed(plan, target, figures);
                    case SELECTED_AT_MOST -> selected(plan, target, sure.total(), perhaps, figures.communes());
                })
                .toList();
    }

    /** "ít nhất p % tổng số địa bàn được lựa chọn" chuyển hóa thành công (ĐẠT). */
    private static TargetResult transformed(Plan plan, ReviewTargetDefinition target, Counts sure, int perhaps) {
        BigDecimal percent = target.percent();
        long met = sure.pass();
        long unknown = sure.indeterminate() + sure.invalid() + perhaps;
        long areas = sure.total() + perhaps;
        if (areas == 0) {
            return result(
                    plan,
                    target,
                    Status.NOT_APPLICABLE,
                    l -> l.pick("chưa có địa bàn nào trong lần sơ kết", "no area in the review"));
        }
        long needed = percent.multiply(BigDecimal.valueOf(areas))
                .divide(HUNDRED, 0, RoundingMode.CEILING)
                .longValueExact();
        if (met >= needed) {
            return result(
                    plan,
                    target,
                    Status.PASS,
                    l -> head(l, met, areas, perhaps) + " = "
                            + atLeast(l, met, areas, percent)
                            + (unknown == 0
                                    ? ""
                                    : l.pick(
                                            ", kể cả khi " + l.number(unknown)
                                                    + " địa bàn chưa rõ kết quả (chưa đủ dữ liệu hoặc không hợp lệ) đều không đạt",
                                            ", even if every area without an outcome (undecided or invalid: "
                                                    + l.number(unknown) + ") fails")));
        }
        if (met + unknown < needed) {
            if (unknown == 0) {
                return result(
                        plan,
                        target,
                        Status.FAIL,
                        l -> head(l, met, areas, perhaps) + " = "
                                + atLeast(l, met, areas, percent)
                                + l.pick(
                                        " — cần ít nhất " + l.number(needed) + "/" + l.number(areas)
                                                + ", tức thêm ít nhất " + l.number(needed - met) + " địa bàn đạt",
                                        " — at least " + l.number(needed) + "/" + l.number(areas)
                                                + " needed, so at least " + l.number(needed - met)
                                                + " more areas achieved"));
            }
            return result(
                    plan,
                    target,
                    Status.FAIL,
                    l -> head(l, met, areas, perhaps) + ", " + undecided(l, unknown)
                            + l.pick(
                                    ": dù các địa bàn này đều đạt cũng chỉ ",
                                    ": even if all of them are achieved, only ")
                            + l.number(met + unknown) + "/" + l.number(areas) + " = "
                            + atLeast(l, met + unknown, areas, percent)
                            + l.pick(" — cần ít nhất ", " — at least ") + l.number(needed) + "/" + l.number(areas)
                            + l.pick("", " needed"));
        }
        return result(
                plan,
                target,
                Status.MISSING,
                l -> head(l, met, areas, perhaps) + ", " + undecided(l, unknown)
                        + l.pick(": từ ", ": between ") + Phrasing.share(l, met, areas, percent)
                        + l.pick(" đến ", " and ")
                        + Phrasing.share(l, met + unknown, areas, percent)
                        + l.pick(
                                " tùy kết quả các địa bàn này — đủ " + l.percent(percent) + " nếu ít nhất "
                                        + l.number(needed - met) + "/" + l.number(unknown)
                                        + " địa bàn này đạt (cần ít nhất "
                                        + l.number(needed) + "/" + l.number(areas) + ")",
                                " depending on those areas — reaches " + l.percent(percent) + " if at least "
                                        + l.number(needed - met) + " of the " + l.number(unknown) + " are achieved ("
                                        + l.number(needed) + "/" + l.number(areas) + " needed)"));
    }

    /** "7/12 địa bàn đạt", noting the inputs counted that may not be areas of the plan. */
    private static String head(Language l, long met, long areas, int perhaps) {
        String counted = perhaps == 0
                ? ""
                : l.pick(
                        " (kể cả " + l.number(perhaps) + " đầu vào không hợp lệ có thể là địa bàn của kế hoạch này)",
                        " (counting the invalid inputs that may be areas of this plan: " + l.number(perhaps) + ")");
        return l.pick(
                l.number(met) + "/" + l.number(areas) + " địa bàn đạt" + counted,
                "areas achieved: " + l.number(met) + "/" + l.number(areas) + counted);
    }

    private static String undecided(Language l, long unknown) {
        return l.pick(
                l.number(unknown) + " địa bàn chưa rõ kết quả (chưa đủ dữ liệu hoặc không hợp lệ)",
                l.number(unknown) + " undecided or invalid");
    }

    /** "ít nhất 85 % các địa bàn đã chuyển hóa thành công không phức tạp trở lại". */
    private static TargetResult notRelapsed(Plan plan, ReviewTargetDefinition target, ProvinceFigures figures) {
        Long before = figures.previouslyTransformed();
        Long relapsed = figures.relapsed();
        if (before == null || relapsed == null) {
            List<Parameter> missing = new ArrayList<>();
            if (before == null) {
                missing.add(Parameter.PREVIOUSLY_TRANSFORMED);
            }
            if (relapsed == null) {
                missing.add(Parameter.RELAPSED);
            }
            return new TargetResult(
                    plan,
                    target,
                    Status.MISSING,
                    (l, s) -> {
                        List<String> lacking = new ArrayList<>();
                        if (before == null) {
                            lacking.add(l.pick(
                                            "số địa bàn đã chuyển hóa thành công ở các năm trước",
                                            "the areas transformed in earlier years")
                                    + " (" + s.of(Parameter.PREVIOUSLY_TRANSFORMED) + ")");
                        }
                        if (relapsed == null) {
                            lacking.add(l.pick("số địa bàn trong đó phức tạp trở lại", "those complex again") + " ("
                                    + s.of(Parameter.RELAPSED) + ")");
                        }
                        return l.pick(
                                "chưa có " + String.join(" và ", lacking),
                                "no figure for " + String.join(" and ", lacking));
                    },
                    missing);
        }
        if (before == 0) {
            return result(
                    plan,
                    target,
                    Status.NOT_APPLICABLE,
                    l -> l.pick(
                            "chưa có địa bàn nào đã chuyển hóa thành công ở các năm trước",
                            "no area was transformed in earlier years"));
        }
        BigDecimal percent = target.percent();
        long kept = before - relapsed;
        long needed = percent.multiply(BigDecimal.valueOf(before))
                .divide(HUNDRED, 0, RoundingMode.CEILING)
                .longValueExact();
        if (kept >= needed) {
            return result(
                    plan,
                    target,
                    Status.PASS,
                    l -> kept(l, kept, before, relapsed) + " = " + atLeast(l, kept, before, percent));
        }
        return result(
                plan,
                target,
                Status.FAIL,
                l -> kept(l, kept, before, relapsed) + " = " + atLeast(l, kept, before, percent)
                        + l.pick(
                                " — chỉ được tối đa " + l.number(before - needed) + " địa bàn phức tạp trở lại",
                                " — at most " + l.number(before - needed) + " may become complex again"));
    }

    private static String kept(Language l, long kept, long before, long relapsed) {
        return l.pick(
                l.number(kept) + "/" + l.number(before) + " địa bàn đã chuyển hóa thành công không phức tạp trở lại ("
                        + l.number(relapsed) + " phức tạp trở lại)",
                "areas transformed before and not complex again: " + l.number(kept) + "/" + l.number(before) + " ("
                        + l.number(relapsed) + " complex again)");
    }

    /** "không vượt quá p % tổng số đơn vị hành chính cấp xã". */
    private static TargetResult selected(
            Plan plan, ReviewTargetDefinition target, long sure, int perhaps, Long communes) {
        if (communes == null) {
            return new TargetResult(
                    plan,
                    target,
                    Status.MISSING,
                    (l, s) -> l.pick(
                            "chưa có tổng số đơn vị hành chính cấp xã của tỉnh (" + s.of(Parameter.COMMUNES) + ")",
                            "no figure for the province's communes (" + s.of(Parameter.COMMUNES) + ")"),
                    List.of(Parameter.COMMUNES));
        }
        BigDecimal percent = target.percent();
        long allowed = percent.multiply(BigDecimal.valueOf(communes))
                .divide(HUNDRED, 0, RoundingMode.FLOOR)
                .longValueExact();
        long most = sure + perhaps;
        if (most <= allowed) {
            return result(
                    plan,
                    target,
                    Status.PASS,
                    l -> selected(l, most, communes, perhaps) + " = " + atMost(l, most, communes, percent));
        }
        if (sure > allowed) {
            return result(
                    plan,
                    target,
                    Status.FAIL,
                    l -> selected(l, sure, communes, 0) + " = "
                            + atMost(l, sure, communes, percent)
                            + l.pick(
                                    " — tối đa " + l.number(allowed) + " địa bàn, vượt " + l.number(sure - allowed),
                                    " — at most " + l.number(allowed) + " areas, " + l.number(sure - allowed)
                                            + " too many"));
        }
        return result(
                plan,
                target,
                Status.MISSING,
                l -> l.pick(
                                "từ " + l.number(sure) + " đến " + l.number(most)
                                        + " địa bàn được lựa chọn (" + l.number(perhaps)
                                        + " đầu vào không hợp lệ có thể là địa bàn của kế hoạch này) / "
                                        + l.number(communes) + " đơn vị hành chính cấp xã: từ ",
                                "between " + l.number(sure) + " and " + l.number(most)
                                        + " areas selected (invalid inputs that may be " + "areas of this plan: "
                                        + l.number(perhaps) + ") of " + l.number(communes) + " communes: between ")
                        + Phrasing.share(l, sure, communes, percent)
                        + l.pick(" đến ", " and ")
                        + Phrasing.share(l, most, communes, percent)
                        + l.pick(
                                " — tối đa " + l.percent(percent) + " là " + l.number(allowed) + " địa bàn",
                                " — at most " + l.percent(percent) + " is " + l.number(allowed) + " areas"));
    }

    private static String selected(Language l, long areas, long communes, int perhaps) {
        String counted = perhaps == 0
                ? ""
                : l.pick(
                        " (kể cả " + l.number(perhaps) + " đầu vào không hợp lệ có thể là địa bàn của kế hoạch này)",
                        " (counting the invalid inputs that may be areas of this plan: " + l.number(perhaps) + ")");
        return l.pick(
                l.number(areas) + " địa bàn được lựa chọn" + counted + " / " + l.number(communes)
                        + " đơn vị hành chính cấp xã",
                "areas selected" + counted + ": " + l.number(areas) + " of " + l.number(communes) + " communes");
    }

    /** "58,3 % < 60 %", the share shown so that it never seems to cross the threshold it does not. */
    private static String atLeast(Language l, long part, long whole, BigDecimal percent) {
        boolean reaches =
                BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole))) >= 0;
        return Phrasing.share(l, part, whole, percent) + (reaches ? " ≥ " : " < ") + l.percent(percent);
    }

    /** "7,1 % ≤ 15 %" */
    private static String atMost(Language l, long part, long whole, BigDecimal percent) {
        boolean within =
                BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole))) <= 0;
        return Phrasing.share(l, part, whole, percent) + (within ? " ≤ " : " > ") + l.percent(percent);
    }

    private static TargetResult result(
            Plan plan, ReviewTargetDefinition target, Status status, Function<Language, String> reason) {
        return new TargetResult(plan, target, status, (l, s) -> reason.apply(l), List.of());
    }
}
