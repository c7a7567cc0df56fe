package org.goldthread.lang.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.goldthread.model.ChangeRecord;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Retirement;
import org.goldthread.model.support.ChangeRecords;
import org.goldthread.model.support.ChangeRecords.Fate;
import org.goldthread.model.support.Labels;

import com.google.inject.Inject;

/**
 * The change records of a framework version that {@code replaces} another (GT-EVO-001 to -003):
 * the replaced version must be available, the records must name its elements, and every one of
 * its elements must be kept, changed or retired.
 */
public class ChangeRecordValidator extends AbstractDeclarativeValidator {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private IQualifiedNameConverter names;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into GoldthreadValidator: registered through it
	}

	@Override
	protected java.util.List<EPackage> getEPackages() {
		return java.util.List.of(GT);
	}

	@Check
	public void checkChangeRecords(Framework framework) {
		if (framework.getReplaces() == null || framework.getReplaces().isBlank() || framework.getReplacesVersion() == null) {
			return;
		}
		Framework old = replaced(framework);
		if (old == null) {
			warning("This version replaces " + framework.getReplaces() + " version \"" + framework.getReplacesVersion()
					+ "\", which is not available, so its change records cannot be verified. Check it together with that version's file "
					+ "(or give it with --framework).", framework, GT.getFramework_Replaces(), GoldthreadIssueCodes.REPLACED_VERSION_MISSING);
			return;
		}
		ChangeRecords records = ChangeRecords.of(old, framework);
		for (ChangeRecords.UnknownSource unknown : records.unknownSources()) {
			String message = framework.getReplaces() + " version \"" + framework.getReplacesVersion() + "\" has no element '" + unknown.id()
					+ "'. Change records name elements by their id in the replaced version (e.g. landscape.ukPolicy).";
			if (unknown.record() instanceof ChangeRecord record) {
				error(message, record, GT.getChangeRecord_From(), unknown.index(), GoldthreadIssueCodes.CHANGE_UNKNOWN_SOURCE, unknown.id());
			} else if (unknown.record() instanceof Retirement retirement) {
				error(message, retirement, GT.getRetirement_Element(), GoldthreadIssueCodes.CHANGE_UNKNOWN_SOURCE, unknown.id());
			}
		}
		for (ChangeRecords.Successor successor : records.successors().values()) {
			if (successor.fate() == Fate.UNACCOUNTED) {
				EObject element = records.oldElements().get(successor.oldId());
				error("The " + Labels.kindOf(element) + " '" + successor.oldId() + "' of " + framework.getReplaces() + " version \""
						+ framework.getReplacesVersion() + "\" is not accounted for: keep its id, record where it went on the element that "
						+ "replaces it ('was renamed from " + successor.oldId() + "', or moved, split or merged), or add 'retired "
						+ successor.oldId() + " because \"…\"'.", framework, GT.getFramework_Replaces(),
						GoldthreadIssueCodes.CHANGE_UNACCOUNTED, successor.oldId());
			}
		}
	}

	/** The replaced version from the index (another file, a shipped framework), or null. */
	private Framework replaced(Framework framework) {
		if (framework.eResource() == null) {
			return null;
		}
		var descriptions = index.getResourceDescriptions(framework.eResource());
		for (IEObjectDescription d : descriptions.getExportedObjects(GT.getFramework(), names.toQualifiedName(framework.getReplaces()), false)) {
			// each version of the id is resolved to read its version (a framework has few)
			EObject resolved = EcoreUtil.resolve(d.getEObjectOrProxy(), framework);
			if (resolved instanceof Framework old && !old.eIsProxy() && old != framework
					&& Objects.equals(framework.getReplacesVersion(), old.getVersion())) {
				return old;
			}
		}
		return null;
	}
}
