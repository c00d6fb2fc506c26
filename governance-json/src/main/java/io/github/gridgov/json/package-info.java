/**
 * The wire format of gridgov: JSON of the model, of orders with their trails and of the rules'
 * decisions, through a Jackson module ({@link io.github.gridgov.json.GovernanceJson}).
 *
 * @since 0.1.0
 */
package io.github.gridgov.json;
