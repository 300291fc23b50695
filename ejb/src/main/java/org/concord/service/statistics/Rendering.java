package org.concord.service.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.statistics.AverageDuration;
import org.concord.domain.statistics.Cell;
import org.concord.domain.statistics.CellStatus;
import org.concord.domain.statistics.Dimension;
import org.concord.domain.statistics.MedianDuration;
import org.concord.domain.statistics.PublishedTable;
import org.concord.reports.StatisticsReport;
import org.concord.reports.StatisticsTable;

/**
 * The released tables as the reports module prints them: the printed cells only, in the gate's order (statistics.md
 * 6: reports are filled only from the audited values).
 */
public final class Rendering {

    private Rendering() {}

    public static List<StatisticsTable> tables(List<PublishedTable> tables) {
        return tables.stream().map(Rendering::table).toList();
    }

    /**
     * R-STAT.2: the annual report's average time to resolve as a one-cell table, or the suppression symbol when the
     * domain withholds it ({@link AverageDuration}).
     */
    public static StatisticsTable average(String period, LocalDate cutoff, Optional<AverageDuration> average) {
        return new StatisticsTable(
                StatisticsReport.AVERAGE,
                StatisticsReport.AVERAGE,
                null,
                period,
                cutoff.toString(),
                List.of(Dimension.TOTAL),
                List.of(new StatisticsTable.Row(
                        "DAYS",
                        List.of(average.map(a -> Integer.toString(a.days())).orElse(CellStatus.SUPPRESSED_SYMBOL)))));
    }

    /**
     * R-PLAT.5: the annual report's median time to resolve as a one-cell table; printed only with the average over the
     * same Procedures ({@link MedianDuration}).
     */
    public static StatisticsTable median(String period, LocalDate cutoff, Optional<MedianDuration> median) {
        return new StatisticsTable(
                StatisticsReport.MEDIAN,
                StatisticsReport.MEDIAN,
                null,
                period,
                cutoff.toString(),
                List.of(Dimension.TOTAL),
                List.of(new StatisticsTable.Row(
                        "DAYS",
                        List.of(median.map(m -> Integer.toString(m.days())).orElse(CellStatus.SUPPRESSED_SYMBOL)))));
    }

    static StatisticsTable table(PublishedTable table) {
        Set<String> columns = new LinkedHashSet<>();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (Cell cell : table.cells()) {
            columns.add(cell.ref().column());
            rows.computeIfAbsent(cell.ref().row(), r -> new LinkedHashMap<>())
                    .put(cell.ref().column(), cell.printed());
        }
        List<StatisticsTable.Row> printed = new ArrayList<>();
        rows.forEach((row, cells) -> printed.add(
                new StatisticsTable.Row(row, columns.stream().map(cells::get).toList())));
        return new StatisticsTable(
                table.spec().code(),
                table.spec().rows().name(),
                table.spec().columns() == null ? null : table.spec().columns().name(),
                table.period().code(),
                table.cutoff().toString(),
                List.copyOf(columns),
                printed);
    }
}
