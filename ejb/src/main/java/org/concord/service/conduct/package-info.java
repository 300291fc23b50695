/** The conduct of a Procedure (Article 11): communications, objections, reports, orders and the procedure file. */
package org.concord.service.conduct;
