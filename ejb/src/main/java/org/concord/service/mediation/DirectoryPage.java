package org.concord.service.mediation;

import java.util.List;

/** One page of the directory, with the total number of mediators matching. */
public record DirectoryPage(List<MediatorCard> mediators, long total, int page, int size) {
}
