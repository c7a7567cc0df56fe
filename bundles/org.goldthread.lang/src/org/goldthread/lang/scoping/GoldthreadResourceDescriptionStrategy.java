package org.goldthread.lang.scoping;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.goldthread.model.LocalPlan;

/**
 * Exports only what other files refer to: the documents themselves (a framework with its version,
 * so that a course can pick the version it implements). A framework's inner elements are found
 * through the framework itself (see {@link FrameworkScopes}), which keeps the index small.
 */
public class GoldthreadResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String VERSION = "version";

	@Override
	public boolean createEObjectDescriptions(EObject element, IAcceptor<IEObjectDescription> acceptor) {
		if (element instanceof Framework framework) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(framework);
			if (name != null) {
				String version = framework.getVersion() == null ? "" : framework.getVersion();
				acceptor.accept(EObjectDescription.create(name, framework, Map.of(VERSION, version)));
			}
			return false;
		}
		if (element instanceof Course || element instanceof LocalPlan) {
			super.createEObjectDescriptions(element, acceptor);
			return false;
		}
		return false;
	}
}
