/** R-PLAT.1: the change feeds of organisations' Procedures (positions and entries). */
package org.concord.domain.feed;
