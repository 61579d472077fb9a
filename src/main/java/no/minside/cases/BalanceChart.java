package no.minside.cases;

import no.minside.fees.BalancePoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A step chart of the balance over time, laid out here so the template only draws it: the SVG path, the axis
 * ticks, marks where a payment came in and where a fee was added, and the points for the table that is its text
 * alternative. Only numbers reach the SVG. The drawing is 480 units wide with 20-unit labels, so that on a 375 px
 * phone (the chart about 340 px wide) the labels are still 14 px.
 */
public record BalanceChart(int width, int height, String path, String area, List<Tick> xTicks, List<Tick> yTicks,
                           List<Mark> marks, List<BalancePoint> points) {

    static final int WIDTH = 480;
    static final int HEIGHT = 270;
    static final int LEFT = 108;
    static final int RIGHT = 12;
    static final int TOP = 14;
    static final int BOTTOM = 44;
    public static final int FONT_SIZE = 20;

    /** A label at a position along an axis. */
    public record Tick(double position, LocalDate date, BigDecimal amount) {

        /** Where an amount label sits: level with its grid line, nudged to the text's middle. */
        public double labelY() {
            return position + 7;
        }
    }

    /** A payment (the balance went down) or a fee (it went up) on the chart. */
    public record Mark(double x, double y, boolean payment) {
    }

    public static BalanceChart of(List<BalancePoint> history, List<LocalDate> paymentDays, List<LocalDate> feeDays) {
        if (history.isEmpty()) {
            return new BalanceChart(WIDTH, HEIGHT, "", "", List.of(), List.of(), List.of(), List.of());
        }
        LocalDate first = history.get(0).date();
        LocalDate last = history.get(history.size() - 1).date();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        BigDecimal max = history.stream().map(BalancePoint::totalDue).reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal top = niceCeiling(max);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;

        StringBuilder path = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        Set<LocalDate> paid = Set.copyOf(paymentDays);
        Set<LocalDate> charged = Set.copyOf(feeDays);
        double previousY = 0;
        for (int i = 0; i < history.size(); i++) {
            BalancePoint p = history.get(i);
            double x = LEFT + plotWidth * ChronoUnit.DAYS.between(first, p.date()) / span;
            double y = TOP + plotHeight - plotHeight * p.totalDue().doubleValue() / top.doubleValue();
            if (i == 0) {
                path.append("M").append(fmt(x)).append(' ').append(fmt(y));
            } else {
                // The balance holds until the next event, then steps.
                path.append(" H").append(fmt(x)).append(" V").append(fmt(y));
            }
            if (paid.contains(p.date())) {
                marks.add(new Mark(round(x), round(y), true));
            } else if (charged.contains(p.date())) {
                marks.add(new Mark(round(x), round(y), false));
            }
            previousY = y;
        }
        double baseline = TOP + plotHeight;
        String area = path + " V" + fmt(baseline) + " H" + fmt(LEFT) + " Z";
        if (previousY == 0) {
            area = "";
        }

        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            BigDecimal amount = top.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
            yTicks.add(new Tick(TOP + plotHeight - plotHeight * i / 4, null, amount));
        }
        List<Tick> xTicks = List.of(new Tick(LEFT, first, null), new Tick(WIDTH - RIGHT, last, null));
        return new BalanceChart(WIDTH, HEIGHT, path.toString(), area, xTicks, yTicks, marks, history);
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int fontSize() {
        return FONT_SIZE;
    }

    /** Where the amount labels end, just left of the plot. */
    public int amountLabelX() {
        return LEFT - 8;
    }

    /** Where the date labels sit, below the plot. */
    public int dateLabelY() {
        return HEIGHT - BOTTOM + 30;
    }

    public boolean hasPayments() {
        return marks.stream().anyMatch(Mark::payment);
    }

    public boolean hasFees() {
        return marks.stream().anyMatch(m -> !m.payment());
    }

    /** A round number at or above the largest balance, so the axis reads 0, 500, 1 000 … */
    static BigDecimal niceCeiling(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.valueOf(100);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max.doubleValue())));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max.doubleValue()) {
                return BigDecimal.valueOf(step * magnitude).setScale(0, RoundingMode.CEILING);
            }
        }
        return max.setScale(0, RoundingMode.CEILING);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
