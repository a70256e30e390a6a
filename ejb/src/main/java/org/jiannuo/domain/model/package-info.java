/**
 * The domain layer: entities with their business rules, value types, and the repository interfaces that
 * infrastructure implements. One package per area of DOMAIN.md, named in its words. A rule has one home here, on the
 * entity or a small rule class, and refuses a change with a {@link org.jiannuo.domain.model.shared.RuleViolation}.
 * Classes here use the JDK, the JPA and EclipseLink mapping annotations and a few plain libraries (pinyin4j for
 * usernames), never the application, infrastructure or interfaces packages ({@code LayeringTest} checks it).
 */
package org.jiannuo.domain.model;
