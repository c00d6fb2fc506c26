/**
 * Spring Boot auto-configuration of gridgov: the rules, the registry, the PostgreSQL order store
 * and the due-work scheduler from {@code gridgov.*} properties ({@link
 * io.github.gridgov.spring.GridgovAutoConfiguration}).
 */
package io.github.gridgov.spring;
