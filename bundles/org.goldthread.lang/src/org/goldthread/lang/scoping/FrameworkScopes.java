package org.goldthread.lang.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MultimapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.support.Ids;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The elements of a framework, named relative to it ({@code landscape.ukPolicy}), as scopes for the
 * references of the courses and plans that implement it. Scopes are computed once per framework
 * resource and reference kind, and dropped when the framework changes.
 */
@Singleton
public class FrameworkScopes {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IQualifiedNameConverter names;

	/** The framework a document refers to: itself for a framework, the implemented one otherwise. */
	public static Framework frameworkOf(EObject context) {
		EObject root = context;
		while (root != null && root.eContainer() != null) {
			root = root.eContainer();
		}
		Framework framework = null;
		if (root instanceof Framework self) {
			framework = self;
		} else if (root instanceof Course course) {
			framework = course.getFramework();
		} else if (root instanceof LocalPlan plan) {
			framework = plan.getFramework();
		}
		return framework == null || framework.eIsProxy() || framework.eResource() == null ? null : framework;
	}

	/** True for references whose targets must be learning objectives, not just any item. */
	public static boolean wantsObjectives(EReference reference) {
		return reference == GoldthreadPackage.Literals.COVERAGE__OBJECTIVE
				|| reference == GoldthreadPackage.Literals.COURSE_ASSESSMENT__OBJECTIVES;
	}

	/** The scope of the framework's elements that {@code reference} may point to. */
	public IScope scopeFor(Framework framework, EReference reference) {
		return scopes(framework).computeIfAbsent(reference, r -> MultimapBasedScope.createScope(IScope.NULLSCOPE,
				describe(framework, r.getEReferenceType(), wantsObjectives(r)), false));
	}

	/**
	 * The element of the framework that {@code reference} may point to whose relative id is
	 * {@code id}, or null: what {@code scopeFor(framework, reference).getSingleElement(id)} finds,
	 * looked up by the id's text in a map made once per framework and reference kind (linking asks
	 * this once per reference of every course).
	 */
	public EObject element(Framework framework, EReference reference, String id) {
		return elements(framework, reference).get(id);
	}

	/** The elements of the framework that {@code reference} may point to, by relative id (do not change it). */
	public Map<String, EObject> elements(Framework framework, EReference reference) {
		return byId(framework).computeIfAbsent(reference, r -> {
			Map<String, EObject> ids = new HashMap<>();
			forEachElement(framework, r.getEReferenceType(), wantsObjectives(r), ids::putIfAbsent);
			return ids;
		});
	}

	/** Every named element of the framework, of any kind (for "wrong kind" diagnostics). */
	public List<IEObjectDescription> allElements(Framework framework) {
		return cache.get(ALL_KEY, framework.eResource(), () -> describe(framework, GoldthreadPackage.Literals.FRAMEWORK_ELEMENT, false));
	}

	/** One map of scopes per framework resource, dropped with the cache when the framework changes. */
	private Map<EReference, IScope> scopes(Framework framework) {
		return cache.get(SCOPES_KEY, framework.eResource(), ConcurrentHashMap::new);
	}

	private Map<EReference, Map<String, EObject>> byId(Framework framework) {
		return cache.get(IDS_KEY, framework.eResource(), ConcurrentHashMap::new);
	}

	private static final String IDS_KEY = FrameworkScopes.class.getName() + ".ids";
	private static final String SCOPES_KEY = FrameworkScopes.class.getName() + ".scopes";
	private static final String ALL_KEY = FrameworkScopes.class.getName() + ".all";

	private List<IEObjectDescription> describe(Framework framework, EClass type, boolean objectivesOnly) {
		List<IEObjectDescription> result = new ArrayList<>();
		forEachElement(framework, type, objectivesOnly, (id, element) -> result.add(EObjectDescription.create(names.toQualifiedName(id), element)));
		return result;
	}

	/** The framework's elements of a type, with their relative ids, in framework order. */
	private static void forEachElement(Framework framework, EClass type, boolean objectivesOnly, BiConsumer<String, EObject> action) {
		for (Iterator<EObject> it = framework.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (!type.isInstance(element)) {
				continue;
			}
			if (objectivesOnly && ((Item) element).getKind() != ItemKind.OBJECTIVE) {
				continue;
			}
			String id = Ids.relativeId(element);
			if (id != null && !id.isEmpty()) {
				action.accept(id, element);
			}
		}
	}
}
