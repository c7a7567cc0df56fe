package org.goldthread.lang.ide.symbols;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.goldthread.model.Appendix;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.Course;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.CourseDelivery;
import org.goldthread.model.DeliveryPractice;
import org.goldthread.model.DeliveryRequirement;
import org.goldthread.model.Document;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.Module;
import org.goldthread.model.Pathway;
import org.goldthread.model.PlanAction;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Resource;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.StudyDay;
import org.goldthread.model.TeachingDay;

import com.google.inject.Singleton;

/**
 * Document symbols (the Eclipse Outline, LSP documentSymbol): the blocks of a document with short
 * names ("day 3", "session timeline", "objective ukPolicy") and their titles as details, in source
 * order. Clauses (coverage claims, quotes, content ideas) are not symbols.
 */
public final class GoldthreadDocumentSymbols {

	private GoldthreadDocumentSymbols() {
	}

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	/** Symbol names; null leaves an element out of the outline. */
	public static class NameProvider extends DocumentSymbolMapper.DocumentSymbolNameProvider {
		@Override
		public String getName(EObject object) {
			try {
				return name(object);
			} catch (RuntimeException e) {
				return null;
			}
		}

		static String name(EObject object) {
			if (object instanceof Document document) {
				String kind = document instanceof org.goldthread.model.Framework f ? f.getKind().getLiteral()
						: document instanceof Course ? "course" : "plan";
				return kind + " " + orQuestion(document.getName());
			} else if (object instanceof Module module) {
				return "module " + orQuestion(module.getName());
			} else if (object instanceof TeachingDay day) {
				return day.getKind() == org.goldthread.model.DayKind.TEACHING ? "day " + day.getNumber() : day.getKind().getLiteral() + " day";
			} else if (object instanceof StudyDay day) {
				return "study day " + day.getNumber();
			} else if (object instanceof Session session) {
				return session.getName() != null ? "session " + session.getName() : "session";
			} else if (object instanceof CourseAssessment assessment) {
				return "assessment " + orQuestion(assessment.getName());
			} else if (object instanceof JustifiedGap gap) {
				return "gap " + nodeText(gap, GT.getJustifiedGap_Element());
			} else if (object instanceof CourseDelivery || object instanceof DeliveryRequirement) {
				return "delivery";
			} else if (object instanceof DeliveryPractice practice) {
				return practice.getName() != null ? "practice " + practice.getName() : "practice";
			} else if (object instanceof Section section) {
				return section.getKind().getLiteral() + " " + orQuestion(section.getName());
			} else if (object instanceof Item item) {
				return item.getKind().getLiteral() + " " + orQuestion(item.getName());
			} else if (object instanceof GoldenThread thread) {
				return "thread " + orQuestion(thread.getName());
			} else if (object instanceof LearningOutcome outcome) {
				return "outcome " + orQuestion(outcome.getName());
			} else if (object instanceof RequiredAssessment assessment) {
				return "assessment " + orQuestion(assessment.getName());
			} else if (object instanceof AssessmentElement element) {
				return "element " + orQuestion(element.getName());
			} else if (object instanceof Pathway pathway) {
				return "pathway " + orQuestion(pathway.getName());
			} else if (object instanceof Appendix appendix) {
				return "appendix " + appendix.getNumber();
			} else if (object instanceof Resource resource) {
				return resource.getKind().getLiteral() + " " + orQuestion(resource.getName());
			} else if (object instanceof PlanAction action) {
				return "action " + orQuestion(action.getName());
			}
			return null;
		}
	}

	/** The title or text shown after the name. */
	public static class DetailsProvider extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {
		@Override
		public String getDetails(EObject object) {
			try {
				return shorten(details(object));
			} catch (RuntimeException e) {
				return "";
			}
		}

		static String details(EObject object) {
			if (object instanceof Document d) {
				return d.getTitle();
			} else if (object instanceof Module m) {
				return m.getTitle();
			} else if (object instanceof TeachingDay d) {
				return d.getTitle();
			} else if (object instanceof StudyDay d) {
				return d.getTitle();
			} else if (object instanceof Session s) {
				return s.getTitle();
			} else if (object instanceof CourseAssessment a) {
				return a.getTitle();
			} else if (object instanceof JustifiedGap g) {
				return g.getReason();
			} else if (object instanceof DeliveryPractice p) {
				return p.getText();
			} else if (object instanceof Section s) {
				return s.getTitle();
			} else if (object instanceof Item i) {
				return i.getText();
			} else if (object instanceof GoldenThread t) {
				return t.getTitle();
			} else if (object instanceof LearningOutcome o) {
				return o.getText();
			} else if (object instanceof RequiredAssessment a) {
				return a.getTitle();
			} else if (object instanceof AssessmentElement e) {
				return e.getText();
			} else if (object instanceof Pathway p) {
				return p.getTitle();
			} else if (object instanceof Appendix a) {
				return a.getTitle();
			} else if (object instanceof Resource r) {
				return r.getTitle();
			} else if (object instanceof PlanAction a) {
				return a.getText();
			}
			return "";
		}
	}

	public static class KindProvider extends DocumentSymbolMapper.DocumentSymbolKindProvider {
		@Override
		protected SymbolKind getSymbolKind(EClass clazz) {
			if (GT.getDocument().isSuperTypeOf(clazz)) {
				return SymbolKind.File;
			} else if (clazz == GT.getModule() || clazz == GT.getSection() || clazz == GT.getAppendix()) {
				return SymbolKind.Module;
			} else if (clazz == GT.getTeachingDay() || clazz == GT.getStudyDay()) {
				return SymbolKind.Namespace;
			} else if (clazz == GT.getSession() || clazz == GT.getPlanAction()) {
				return SymbolKind.Event;
			} else if (clazz == GT.getItem() || clazz == GT.getLearningOutcome() || clazz == GT.getAssessmentElement()) {
				return SymbolKind.Field;
			} else if (clazz == GT.getGoldenThread()) {
				return SymbolKind.Interface;
			} else if (clazz == GT.getCourseAssessment() || clazz == GT.getRequiredAssessment()) {
				return SymbolKind.Method;
			} else if (clazz == GT.getJustifiedGap()) {
				return SymbolKind.Null;
			} else if (clazz == GT.getResource()) {
				return SymbolKind.Constant;
			}
			return SymbolKind.Property;
		}
	}

	/** Hierarchical symbols sorted into source order (EMF keeps a course's modules, days and gaps in separate lists). */
	@Singleton
	public static class SourceOrderSymbolService extends HierarchicalDocumentSymbolService {
		private static final Comparator<DocumentSymbol> BY_START = Comparator
				.comparingInt((DocumentSymbol s) -> s.getRange().getStart().getLine())
				.thenComparingInt(s -> s.getRange().getStart().getCharacter());

		@Override
		public List<DocumentSymbol> getSymbols(XtextResource resource, CancelIndicator cancelIndicator) {
			List<DocumentSymbol> symbols = super.getSymbols(resource, cancelIndicator);
			sort(symbols);
			return symbols;
		}

		private static void sort(List<DocumentSymbol> symbols) {
			if (symbols == null) {
				return;
			}
			symbols.sort(BY_START);
			for (DocumentSymbol symbol : symbols) {
				sort(symbol.getChildren());
			}
		}
	}

	static String nodeText(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static String orQuestion(String s) {
		return s == null ? "?" : s;
	}

	private static String shorten(String s) {
		if (s == null) {
			return "";
		}
		String one = s.replaceAll("\\s+", " ").strip();
		return one.length() > 90 ? one.substring(0, 89) + "…" : one;
	}
}
