/** JasperReports layouts and their rendering to PDF; fed with aggregate rows, never with entities. */
package org.concord.reports;
