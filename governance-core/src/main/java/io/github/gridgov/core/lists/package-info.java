/**
 * 三张清单 — the needs list (需求清单), the resources list (资源清单) and the projects list (项目清单)
 * of a community, with the member units (共建单位, 大党委成员单位, 报到党组织) that offer resources and
 * claim (认领) projects, and the community's published service menu (组织列单).
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}.
 */
@GovernanceStyle
package io.github.gridgov.core.lists;

import io.github.gridgov.core.internal.GovernanceStyle;
