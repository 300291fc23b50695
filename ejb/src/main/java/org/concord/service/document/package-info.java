/** Documents (R-C2): intake with detected media types and limits, and downloads within the circle of. */
package org.concord.service.document;
