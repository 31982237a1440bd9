package io.textmfa.ui.rollout;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline chart: years along a line, Microsoft's events and the organisation's waves as
 * marks (coloured by confidence; details in tooltips), and a line at the "as of" date.
 */
final class TimelineStrip extends Pane {
    private static final double AXIS_Y = 46;
    private final ObservableList<TimelineMarker> markers;
    private final ObservableValue<LocalDate> date;
    private final LocalDate first;
    private final LocalDate last;

    TimelineStrip(ObservableList<TimelineMarker> markers, ObservableValue<LocalDate> date, LocalDate first, LocalDate last) {
        this.markers = markers;
        this.date = date;
        this.first = first;
        this.last = last;
        setId("timeline-strip");
        getStyleClass().add("timeline-strip");
        setPrefHeight(92);
        setMinHeight(92);
        markers.addListener((ListChangeListener<TimelineMarker>) change -> requestLayout());
        date.addListener((obs, old, day) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        double width = getWidth();
        if (width <= 40) {
            return;
        }
        Line axis = new Line(x(first), AXIS_Y, x(last), AXIS_Y);
        axis.getStyleClass().add("timeline-axis");
        getChildren().add(axis);
        for (int year = first.getYear() + 1; year <= last.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1));
            Line tick = new Line(x, AXIS_Y - 4, x, AXIS_Y + 4);
            tick.getStyleClass().add("timeline-axis");
            Label label = label(String.valueOf(year), "timeline-year");
            getChildren().addAll(tick, label);
            sized(label);
            label.relocate(x - label.getWidth() / 2, AXIS_Y + 26);
        }
        List<double[]> placed = new ArrayList<>();
        for (TimelineMarker marker : markers) {
            if (marker.date().isBefore(first) || marker.date().isAfter(last)) {
                continue;
            }
            double x = x(marker.date());
            Region dot = new Region();
            dot.getStyleClass().addAll("timeline-mark", "timeline-" + marker.kind().name().toLowerCase().replace('_', '-'));
            dot.resizeRelocate(x - 5, AXIS_Y - 5, 10, 10);
            Tooltip.install(dot, new Tooltip(marker.date() + ": " + marker.detail()));
            Label text = label(marker.label(), "timeline-label");
            text.setTooltip(new Tooltip(marker.date() + ": " + marker.detail()));
            getChildren().addAll(dot, text);
            sized(text);
            double textWidth = Math.min(170, text.getWidth());
            int row = rowFor(placed, x, textWidth);
            text.resizeRelocate(Math.max(0, Math.min(x - 4, width - textWidth - 2)),
                    row == 0 ? 2 : (row == 1 ? 20 : AXIS_Y + 8), textWidth, text.getHeight());
            placed.add(new double[] {x - 4, x - 4 + textWidth, row});
        }
        LocalDate asOf = date.getValue();
        if (asOf != null && !asOf.isBefore(first) && !asOf.isAfter(last)) {
            double x = x(asOf);
            Line now = new Line(x, 0, x, getHeight());
            now.getStyleClass().add("timeline-as-of");
            getChildren().add(now);
        }
    }

    /** The first of three label rows where the label does not overlap one already placed. */
    private static int rowFor(List<double[]> placed, double x, double width) {
        for (int row = 0; row < 3; row++) {
            boolean free = true;
            for (double[] other : placed) {
                if (other[2] == row && x - 4 < other[1] + 6 && x - 4 + width > other[0] - 6) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return row;
            }
        }
        return 2;
    }

    private double x(LocalDate day) {
        double span = ChronoUnit.DAYS.between(first, last);
        double offset = ChronoUnit.DAYS.between(first, day);
        return 10 + (getWidth() - 20) * offset / span;
    }

    /** Styles a label just added, so that its size is known while laying out. */
    private static void sized(Label label) {
        label.applyCss();
        label.autosize();
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
