package org.concord.service.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * R-ACC.2, R-13.1 (issue 21): every account that is a Responding Party today becomes the first manager of a platform
 * organisation of its own (its display name; its e-mail's domain; as Transparency Database names the distinct
 * platform names of its Procedures), joined when it first joined a circle; each of its Responding Party participants
 * points to that organisation, so every Procedure keeps its circle. Random UUIDs are Java's: the databases' functions
 * differ.
 */
public class V22_1__RespondingOrganisations extends BaseJavaMigration {

    private record Respondent(UUID account, String name, String email, Instant since) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Respondent> respondents = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                        select a.id, a.display_name, a.email, min(pa.joined_at) from participant pa
                        join user_account a on a.id = pa.account_id
                        where pa.role = 'RESPONDING_PARTY' and pa.organisation_id is null
                        group by a.id, a.display_name, a.email order by min(pa.joined_at)""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                respondents.add(new Respondent(
                        rows.getObject(1, UUID.class),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getTimestamp(4).toInstant()));
            }
        }
        for (Respondent respondent : respondents) {
            UUID organisation = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into organisation (id, name, kind, created_at) values (?, ?, 'ONLINE_PLATFORM', ?)")) {
                insert.setObject(1, organisation);
                insert.setString(2, respondent.name());
                insert.setTimestamp(3, Timestamp.from(respondent.since()));
                insert.executeUpdate();
            }
            String email = respondent.email();
            if (email.indexOf('@') > 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into organisation_domain (organisation_id, domain) values (?, ?)")) {
                    insert.setObject(1, organisation);
                    insert.setString(2, email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT));
                    insert.executeUpdate();
                }
            }
            for (String alias : platformNames(connection, respondent.account())) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into organisation_alias (organisation_id, platform_name) values (?, ?)")) {
                    insert.setObject(1, organisation);
                    insert.setString(2, alias);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into organisation_member (id, organisation_id, account_id, role, joined_at)
                    values (?, ?, ?, 'MANAGER', ?)""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, organisation);
                insert.setObject(3, respondent.account());
                insert.setTimestamp(4, Timestamp.from(respondent.since()));
                insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    update participant set organisation_id = ?
                    where account_id = ? and role = 'RESPONDING_PARTY' and organisation_id is null""")) {
                update.setObject(1, organisation);
                update.setObject(2, respondent.account());
                update.executeUpdate();
            }
        }
    }

    /** The distinct platform names of the account's Procedures as Responding Party, trimmed, first spelling kept. */
    private static Set<String> platformNames(Connection connection, UUID account) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select distinct p.platform_name from procedure p join participant pa on pa.procedure_id = p.id
                where pa.account_id = ? and pa.role = 'RESPONDING_PARTY' order by p.platform_name""")) {
            select.setObject(1, account);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1).strip();
                    if (!name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
