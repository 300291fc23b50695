/**
 * The security log (R-SEC.7): written by the services where the events happen, read by administrators. Depends on no
 * other service context, so that every context may write to it.
 */
package org.concord.service.security;
