package nl.regioan.testsupport;

import java.net.URL;

/**
 * One logged-in session per monitoring role: a reader and a data steward of Arnhem (GM0202), the
 * steering group and the coordinator (both regional). Account names start with {@code prefix}, so
 * ITs sharing a database do not share accounts.
 */
public record MonitoringRoles(Api reader, Api steward, Api steering, Api coordinator) {

    public static MonitoringRoles logIn(URL base, String prefix) {
        return new MonitoringRoles(
                Api.as(base, TestAccounts.create(prefix + "-reader", "GM0202", "reader")),
                Api.as(base, TestAccounts.create(prefix + "-steward", "GM0202", "data-steward")),
                Api.as(base, TestAccounts.create(prefix + "-steering", null, "steering")),
                Api.as(base, TestAccounts.create(prefix + "-coordinator", null, "coordinator")));
    }
}
