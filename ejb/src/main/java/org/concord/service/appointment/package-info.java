/** Appointment and replacement of the Neutral. */
package org.concord.service.appointment;
