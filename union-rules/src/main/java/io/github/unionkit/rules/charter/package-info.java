/**
 * Charter profiles as versioned data, and the strategies they name: quorum, majority, representation norm and largest-remainder apportionment.
 */
package io.github.unionkit.rules.charter;
