package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.RuleContext;
import java.time.LocalDate;

/**
 * The {@code organizationName} (and {@code parentName}) argument of the rules' messages: an organization
 * as people name it, «Ахтубинская ТОП» (ast.akhtubinsk), its short name (else its full name) as of the
 * date beside its id, so that a message names the organization and still says which record it is. The
 * {@code organization} argument stays the bare id, for programs.
 */
final class OrganizationArguments {

    private OrganizationArguments() {
    }

    /** The name argument of an organization at hand. */
    static Argument name(String argument, Organization organization, LocalDate date) {
        return Argument.of(argument, display(organization, date));
    }

    /** The name argument of an organization by id, looked up in the context's tree; the id when absent. */
    static Argument name(String argument, OrganizationId id, RuleContext context) {
        return Argument.of(argument, context.organizations().flatMap(tree -> tree.find(id))
                .map(o -> display(o, context.asOf())).orElse(id.toString()));
    }

    private static String display(Organization organization, LocalDate date) {
        OrganizationName name = organization.nameAsOf(date).orElse(organization.currentName());
        return "«" + name.shortName().orElse(name.fullName()) + "» (" + organization.id() + ")";
    }
}
