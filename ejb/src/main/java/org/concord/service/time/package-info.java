/** Time limits as the Rules count them (Article 3): the deadline engine with the Center's calendar. */
package org.concord.service.time;
