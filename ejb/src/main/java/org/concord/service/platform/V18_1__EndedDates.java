package org.concord.service.platform;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.concord.domain.time.GenevaTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code procedure.ended_date} and {@code duration_days} (V18) for Procedures that ended before them. The Geneva
 * date of an instant is Java's to compute: the databases' time-zone arithmetic differs.
 */
public class V18_1__EndedDates extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet ended = select.executeQuery(
                        "select id, received_date, ended_at from procedure where ended_at is not null");
                PreparedStatement update = context.getConnection()
                        .prepareStatement("update procedure set ended_date = ?, duration_days = ? where id = ?")) {
            while (ended.next()) {
                LocalDate received = ended.getObject(2, LocalDate.class);
                LocalDate endedOn = GenevaTime.dateOf(ended.getTimestamp(3).toInstant());
                update.setObject(1, endedOn);
                update.setInt(2, (int) ChronoUnit.DAYS.between(received, endedOn));
                update.setObject(3, ended.getObject(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
