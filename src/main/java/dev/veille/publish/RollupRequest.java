package dev.veille.publish;

import java.util.List;

/**
 * The curator applies a suggested roll-up: the link kept as the bullet, the ones it replaces, and the version of
 * the kept link the editor showed (null: applied whatever the version).
 */
public record RollupRequest(Long keptLinkId, List<Long> foldedLinkIds, Integer version) {
}
