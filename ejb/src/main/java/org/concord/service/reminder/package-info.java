/** Reminders before time limits (R-C3): planned in the database, claimed and sent exactly once. */
package org.concord.service.reminder;
