/** Platform services: the data source, schema migrations, the clock, demo data. */
package org.concord.service.platform;
