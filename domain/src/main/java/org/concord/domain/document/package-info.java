/** Documents of a Procedure (R-C2): annexes, stored with their hash, size and detected media type. */
package org.concord.domain.document;
