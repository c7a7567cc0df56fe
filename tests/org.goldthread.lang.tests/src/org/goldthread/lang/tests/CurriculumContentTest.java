package org.goldthread.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.goldthread.model.AssessmentStatus;
import org.goldthread.model.ExpectationAspect;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Section;
import org.goldthread.model.SectionKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The shipped CYP MH Leadership curriculum holds what the seed document holds. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GoldthreadInjectorProvider.class)
class CurriculumContentTest {

	@Inject
	private XtextResourceSet set;

	private Framework curriculum;

	@BeforeEach
	void load() throws Exception {
		Map<String, Resource> all = Shipped.load(set);
		curriculum = (Framework) all.get("cypmh-leadership.curriculum").getContents().get(0);
	}

	private static int objectives(List<Item> items) {
		int n = 0;
		for (Item item : items) {
			if (item.getKind() == ItemKind.OBJECTIVE) {
				n++;
			}
			n += objectives(item.getChildren());
		}
		return n;
	}

	@Test
	void hasTheHeaderOfTheSeed() {
		assertEquals("cypmh.leadership", curriculum.getName());
		assertEquals("2024", curriculum.getVersion());
		assertEquals("NHS England", curriculum.getPublisher());
		assertEquals(6, curriculum.getAims().size(), "six programme aims");
	}

	@Test
	void hasEightThemesAndTheWorkforceTheme() {
		List<Section> themes = curriculum.getSections().stream().filter(s -> s.getKind() == SectionKind.THEME).toList();
		assertEquals(List.of("landscape", "inclusion", "partnership", "leadershipTheory", "interpersonal", "transformation", "evaluation",
				"meaningfulParticipation"), themes.stream().map(Section::getName).toList());
		assertEquals(List.of(5, 8, 9, 2, 6, 6, 9, 4), themes.stream().map(t -> objectives(t.getItems())).toList(),
				"learning objectives per theme, counting nested ones and their parents");
		assertEquals(49, themes.stream().mapToInt(t -> objectives(t.getItems())).sum());
		Section workforce = curriculum.getAppendices().stream().flatMap(a -> a.getSections().stream()).findFirst().orElseThrow();
		assertEquals("workforceDesign", workforce.getName());
		assertEquals(8, objectives(workforce.getItems()));
		assertEquals(16, workforce.getContentIdeas().size(), "content items a–p");
		assertEquals("a", workforce.getContentIdeas().get(0).getName());
		assertEquals("p", workforce.getContentIdeas().get(15).getName());
		for (Section theme : themes) {
			assertTrue(theme.getAim() != null && !theme.getAim().isBlank(), theme.getName() + " has its aim");
			assertTrue(!theme.getContentIdeas().isEmpty(), theme.getName() + " has content ideas");
		}
	}

	@Test
	void nestsObjectivesWhereTheSeedNestsThem() {
		Section inclusion = curriculum.getSections().get(1);
		Item concepts = inclusion.getItems().stream().filter(i -> i.getName().equals("concepts")).findFirst().orElseThrow();
		assertEquals("understand the following concepts:", concepts.getText());
		assertEquals(List.of("equity and diversity, and the legal and ethical considerations associated with them", "intersectionality"),
				concepts.getChildren().stream().map(Item::getText).toList());
	}

	@Test
	void hasSevenGoldenThreads() {
		assertEquals(List.of("participation", "edi", "systemic", "wellbeing", "evidence", "workforce", "reflective"),
				curriculum.getThreads().stream().map(GoldenThread::getName).toList());
		for (String delivered : List.of("participation", "edi")) {
			GoldenThread thread = curriculum.getThreads().stream().filter(t -> t.getName().equals(delivered)).findFirst().orElseThrow();
			assertTrue(thread.getExpectations().stream().anyMatch(e -> e.getAspect() == ExpectationAspect.DELIVERY),
					delivered + " is expected in how the programme is delivered");
		}
		assertTrue(curriculum.getThreads().stream().filter(GoldenThread::isAcrossThemes).map(GoldenThread::getName).toList().equals(List.of("workforce")));
	}

	@Test
	void hasTheCourseStructure() {
		assertEquals(12, curriculum.getDelivery().getTeachingDays());
		assertEquals(3, curriculum.getDelivery().getStudyDays());
		assertEquals(2, curriculum.getDelivery().getFormats().size(), "lectures and smaller groups");
	}

	@Test
	void hasFourOutcomesAndTwoRequiredAssessments() {
		assertEquals(4, curriculum.getOutcomes().size());
		List<RequiredAssessment> required = curriculum.getAssessments().stream().filter(a -> a.getStatus() == AssessmentStatus.REQUIRED).toList();
		assertEquals(List.of("project", "reflexivity"), required.stream().map(RequiredAssessment::getName).toList());
		assertEquals(15, required.get(0).getElements().size(), "the transformation project's listed elements");
		assertEquals(3, required.get(1).getForms().size(), "in vivo, reflective log, 360-degree appraisal");
	}

	@Test
	void hasTheCpdPathwayAndTheAppendices() {
		var cpd = curriculum.getPathways().stream().filter(p -> p.getName().equals("cpd")).findFirst().orElseThrow();
		assertTrue(cpd.isAssessmentAdvisory());
		assertEquals("project", cpd.getAdvised().get(0).getName());
		assertEquals(16, curriculum.getAppendices().get(0).getResources().size(), "Appendix 1's policies");
		assertEquals(9, curriculum.getAppendices().get(1).getResources().size(), "Appendix 2's models and tools");
	}

	@Test
	void xmiExportAndReimportGiveAnEqualModel() throws Exception {
		ResourceSet xmiSet = new ResourceSetImpl();
		xmiSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource xmi = xmiSet.createResource(URI.createURI("memory:/curriculum.xmi"));
		Framework copy = EcoreUtil.copy(curriculum);
		xmi.getContents().add(copy);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		xmi.save(bytes, Map.of());
		Resource reloaded = xmiSet.createResource(URI.createURI("memory:/reloaded.xmi"));
		reloaded.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		assertTrue(EcoreUtil.equals(curriculum, reloaded.getContents().get(0)), "XMI round trip gives an equal model");
		List<EObject> all = new ArrayList<>();
		for (Iterator<EObject> it = reloaded.getAllContents(); it.hasNext();) {
			all.add(it.next());
		}
		assertTrue(all.size() > 250, "the whole curriculum travelled: " + all.size() + " objects");
	}
}
