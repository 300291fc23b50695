/** The Resolution, its extension and communication, and the certificate of Article 20. */
package org.concord.service.resolution;
