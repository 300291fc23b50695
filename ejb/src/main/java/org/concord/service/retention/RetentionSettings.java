package org.concord.service.retention;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.concord.domain.retention.DataClass;
import org.concord.domain.retention.RetentionPeriods;
import org.eclipse.microprofile.config.Config;

/**
 * R-OPS.3: the retention period of each data class, from {@code concord.retention.<class>} (ISO-8601 periods; the
 * defaults are in {@code microprofile-config.properties} and docs/configuration.md). Read once; a wrong value stops
 * the deployment rather than erasing on a misread period.
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    private Config config;

    private RetentionPeriods periods;

    @PostConstruct
    void read() {
        Map<DataClass, Period> read = new EnumMap<>(DataClass.class);
        for (DataClass dataClass : DataClass.values()) {
            read.put(
                    dataClass,
                    Period.parse(
                            config.getValue(dataClass.configKey(), String.class).strip()));
        }
        periods = RetentionPeriods.of(read);
    }

    public RetentionPeriods periods() {
        return periods;
    }
}
