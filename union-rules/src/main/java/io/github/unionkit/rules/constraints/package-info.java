/**
 * Jakarta Validation constraints that other systems put on their own beans: decree numbers, clause numbers, deadline phrases and membership-count tiers.
 */
package io.github.unionkit.rules.constraints;
