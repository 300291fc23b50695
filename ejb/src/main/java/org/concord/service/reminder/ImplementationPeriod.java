package org.concord.service.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-PLAT.4: the days after the Geneva date of communication within which the platform reports on implementing the
 * Resolution ({@code concord.implementation.report-days}, 14 unless configured), and the days before and after that
 * date on which it is reminded while the report is not made.
 */
@ApplicationScoped
public class ImplementationPeriod {

    @Inject
    @ConfigProperty(name = "concord.implementation.report-days", defaultValue = "14")
    private int days;

    @Inject
    @ConfigProperty(name = "concord.implementation.reminders.days-before", defaultValue = "3")
    private List<Integer> daysBefore;

    @Inject
    @ConfigProperty(name = "concord.implementation.reminders.days-after", defaultValue = "1,7")
    private List<Integer> daysAfter;

    public int days() {
        return days;
    }

    public List<Integer> daysBefore() {
        return daysBefore;
    }

    public List<Integer> daysAfter() {
        return daysAfter;
    }
}
