/**
 * gridgov core — the immutable model of urban community governance (社区治理, 网格化管理).
 *
 * <p>Sub-packages follow the domain: {@code area} (街道, 社区, 网格, 小区, 楼栋), {@code people}
 * (户, 居民, 处置人, 志愿服务队), {@code order} (工单 and its lifecycle) and {@code registry} (the
 * validated, indexed {@code Jurisdiction}).
 *
 * <p>Null policy: no public method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}. Values are validated when built and immutable afterwards; a broken rule
 * throws {@link io.github.gridgov.core.InvalidModelException}. Time is always passed in, never
 * read from a system clock.
 */
package io.github.gridgov.core;
