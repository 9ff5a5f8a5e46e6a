package io.github.unionkit.rules.validation.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A canonical one-line text of the constraints Hibernate Validator holds for a class: properties in name
 * order, each with its constraints (with the attributes that change their meaning), its cascade, and
 * its container elements. Two classes with equal signatures are validated alike; a hand-specialised
 * check is used only while the class's signature still equals the one it was written for.
 */
final class MetadataSignature {

    private MetadataSignature() {
    }

    static String of(BeanDescriptor bean) {
        List<String> parts = new ArrayList<>();
        parts.add("class" + constraints(bean.getConstraintDescriptors()));
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            StringBuilder sb = new StringBuilder(p.getPropertyName()).append(constraints(p.getConstraintDescriptors()));
            if (p.isCascaded()) {
                sb.append("@Valid");
            }
            List<String> elements = new ArrayList<>();
            for (ContainerElementTypeDescriptor c : p.getConstrainedContainerElementTypes()) {
                elements.add(c.getContainerClass().getSimpleName() + "#" + c.getTypeArgumentIndex()
                        + constraints(c.getConstraintDescriptors()) + (c.isCascaded() ? "@Valid" : "")
                        + (c.getConstrainedContainerElementTypes().isEmpty() ? "" : "<nested>"));
            }
            Collections.sort(elements);
            sb.append(elements);
            parts.add(sb.toString());
        }
        Collections.sort(parts);
        return String.join(";", parts);
    }

    private static String constraints(Set<ConstraintDescriptor<?>> descriptors) {
        List<String> names = new ArrayList<>();
        for (ConstraintDescriptor<?> d : descriptors) {
            Annotation a = d.getAnnotation();
            String name = a.annotationType().getName();
            if (a instanceof Pattern) {
                name += "(" + ((Pattern) a).regexp() + "," + ((Pattern) a).flags().length + ")";
            } else if (a instanceof Size) {
                name += "(" + ((Size) a).min() + "," + ((Size) a).max() + ")";
            }
            names.add(name + (d.getGroups().equals(Set.of(Default.class)) ? "" : "groups" + d.getGroups()) + (d.getComposingConstraints().isEmpty() ? "" : "+composed"));
        }
        Collections.sort(names);
        return names.toString();
    }
}
