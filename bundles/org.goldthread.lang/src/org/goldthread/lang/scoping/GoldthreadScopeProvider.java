package org.goldthread.lang.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.LocalPlan;

import com.google.inject.Inject;

/**
 * Scoping that only offers what makes sense: a course (or plan) sees the elements of the framework
 * it implements, named relative to that framework and filtered by kind ({@code covers} sees learning
 * objectives, {@code weaves} golden threads, ...); a framework sees its own elements. Frameworks are
 * found globally by id, preferring the version the document asks for.
 */
public class GoldthreadScopeProvider extends AbstractGoldthreadScopeProvider {

	@Inject
	private FrameworkScopes frameworkScopes;

	@Inject
	private IGlobalScopeProvider globalScopes;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == GoldthreadPackage.Literals.COURSE__FRAMEWORK
				|| reference == GoldthreadPackage.Literals.LOCAL_PLAN__FRAMEWORK) {
			// frameworks are whole files: only the global scope (the index) holds them, so the local
			// scope of the course's own elements is not computed
			return new VersionPreferringScope(globalScopes.getScope(context.eResource(), reference, null), requestedVersion(context));
		}
		if (GoldthreadPackage.Literals.FRAMEWORK_ELEMENT.isSuperTypeOf(reference.getEReferenceType())) {
			Framework framework = FrameworkScopes.frameworkOf(context);
			return framework == null ? IScope.NULLSCOPE : frameworkScopes.scopeFor(framework, reference);
		}
		return super.getScope(context, reference);
	}

	private static String requestedVersion(EObject context) {
		if (context instanceof Course course) {
			return course.getFrameworkVersion();
		} else if (context instanceof LocalPlan plan) {
			return plan.getFrameworkVersion();
		}
		return null;
	}
}
