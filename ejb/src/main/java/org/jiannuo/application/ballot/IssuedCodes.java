package org.jiannuo.application.ballot;

import java.util.List;

/**
 * Participation codes just issued, for printing once: the database keeps only their keyed hashes, so
 * nobody can print them again or tell afterwards which slip went to whom.
 */
public record IssuedCodes(long occasionId, String tenantCode, String title, String unitName, List<String> codes) {
}
