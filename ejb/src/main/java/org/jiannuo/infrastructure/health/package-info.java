/**
 * MicroProfile Health: {@code /health/ready} is up only while the database answers.
 */
package org.jiannuo.infrastructure.health;
