/** Reports for the Center's staff (R-STAT.3); published statistics come with their own gate. */
package org.concord.service.reports;
