package org.jiannuo.domain.model.stars;

/** The five aspects a village member earns stars in (seed 003): 思想政治, 遵纪守法, 文明新风, 联户服务, 岗位奉献. */
public enum StarAspect {
    IDEOLOGY,
    LAW,
    CUSTOMS,
    LIAISON,
    POST
}
