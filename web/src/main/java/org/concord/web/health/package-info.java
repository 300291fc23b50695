/** MicroProfile Health checks. */
package org.concord.web.health;
