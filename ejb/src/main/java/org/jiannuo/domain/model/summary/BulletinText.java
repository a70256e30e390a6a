package org.jiannuo.domain.model.summary;

import java.io.Serializable;

/**
 * What the secretary writes in a bulletin: the body (the period's fulfilment in words), the advanced praised
 * (表扬先进) and the lagging urged (督促后进), one per line with the reason.
 */
public record BulletinText(String body, String praised, String urged) implements Serializable {
}
