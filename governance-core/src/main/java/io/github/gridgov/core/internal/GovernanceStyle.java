package io.github.gridgov.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated classes are package-private and hidden
 * behind the public abstract type, builders and copies return the public type, and plural
 * collection attributes get singular {@code add} methods.
 *
 * <p>{@code SOURCE} retention, so that consumers without Immutables on their class path see no
 * warnings. Not API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {
      "careNeed:careNeeds",
      "unitLeader:unitLeaders",
      "gridAssignment:gridAssignments"
    },
    get = {"is*", "get*"},
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface GovernanceStyle {}
