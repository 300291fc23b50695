/**
 * Organisations (R-ACC.2): online platforms, rightholder companies and law firms, with members who join and leave at
 * instants (the record stays). A platform organisation is the Responding Party of its Procedures: the circle of
 * asks it who its active members are.
 */
package org.concord.domain.organisation;
