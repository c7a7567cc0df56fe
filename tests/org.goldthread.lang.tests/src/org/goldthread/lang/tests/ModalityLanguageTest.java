package org.goldthread.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.goldthread.lang.documentation.ElementDescriptions;
import org.goldthread.model.AllowedForm;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.Modal;
import org.goldthread.model.Modality;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Section;
import org.goldthread.model.SectionKind;
import org.goldthread.model.support.Modalities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** How strongly a framework element applies: the syntax, the defaults, and the shipped frameworks' annotations. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GoldthreadInjectorProvider.class)
class ModalityLanguageTest {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private EObject parse(String text) throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource resource = set.createResource(URI.createURI("memory:/test.curriculum"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		assertEquals(List.of(), resource.getErrors(), "parses");
		return resource.getContents().get(0);
	}

	/** Every phrase a shipped framework quotes for a modality occurs verbatim in the framework's own text. */
	@Test
	void everyQuotedModalPhraseIsTheFrameworksOwnWords() throws IOException {
		Map<String, Resource> shipped = Shipped.load(resourceSets.get());
		int phrases = 0;
		for (var entry : shipped.entrySet()) {
			assertEquals(List.of(), entry.getValue().getErrors(), entry.getKey());
			List<String> own = new ArrayList<>();
			List<String[]> quoted = new ArrayList<>();
			for (TreeIterator<EObject> it = entry.getValue().getAllContents(); it.hasNext();) {
				EObject e = it.next();
				for (EAttribute attribute : e.eClass().getEAllAttributes()) {
					boolean phrase = attribute == GT.getModal_ModalPhrase() || attribute == GT.getDeliveryRequirement_TeachingDaysPhrase()
							|| attribute == GT.getDeliveryRequirement_StudyDaysPhrase();
					if (attribute.getEType() != org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING) {
						continue;
					}
					List<String> values = new ArrayList<>();
					Object value = e.eGet(attribute);
					if (value instanceof List<?> list) {
						list.forEach(v -> values.add((String) v));
					} else if (value != null) {
						values.add((String) value);
					}
					for (String v : values) {
						if (phrase) {
							quoted.add(new String[] { v, e.eClass().getName() });
						} else if (attribute != GT.getIdentified_Name()) {
							own.add(normalise(v));
						}
					}
				}
			}
			for (String[] q : quoted) {
				phrases++;
				String p = normalise(q[0]);
				assertTrue(own.stream().anyMatch(t -> t.contains(p)),
						entry.getKey() + ": the " + q[1] + "'s modal phrase “" + q[0] + "” is not in the framework's own text");
			}
		}
		assertTrue(phrases >= 40, "the shipped frameworks quote their modal phrases (" + phrases + ")");
	}

	private static String normalise(String s) {
		return s.replaceAll("\\s+", " ").trim();
	}

	@Test
	void theCurriculumSaysWhatIsRequiredAndWhatIsAnExample() throws IOException {
		Framework curriculum = (Framework) Shipped.load(resourceSets.get()).get("cypmh-leadership.curriculum").getContents().get(0);
		RequiredAssessment reflexivity = curriculum.getAssessments().stream().filter(a -> a.getName().equals("reflexivity")).findFirst().orElseThrow();
		assertEquals(Modality.REQUIRED, Modalities.of(reflexivity));
		for (AllowedForm form : reflexivity.getForms()) {
			assertEquals(Modality.EXAMPLE, Modalities.of(form), form.getForm().getLiteral());
			assertEquals("For example, this may include:", Modalities.phrase(form));
		}
		RequiredAssessment project = curriculum.getAssessments().stream().filter(a -> a.getName().equals("project")).findFirst().orElseThrow();
		project.getForms().forEach(f -> assertEquals(Modality.REQUIRED, Modalities.of(f)));
		project.getElements().forEach(e -> assertEquals(Modality.ADVISED, Modalities.of(e)));
		for (Section theme : curriculum.getSections()) {
			assertEquals(Modality.REQUIRED, Modalities.of(theme), theme.getName());
			for (Item objective : theme.getItems()) {
				assertEquals(Modality.REQUIRED, Modalities.of(objective), objective.getName());
			}
			theme.getContentIdeas().forEach(c -> assertEquals(Modality.EXAMPLE, Modalities.of(c)));
		}
		Section workforceDesign = curriculum.getAppendices().get(2).getSections().get(0);
		assertEquals(Modality.EXAMPLE, Modalities.of(workforceDesign.getItems().get(0)), "Appendix 3 gives 'more ideas on possible learning objectives'");
		assertEquals(Modality.REQUIRED, Modalities.of(curriculum.getMix()));
		assertEquals(Modality.REQUIRED, Modalities.teachingDays(curriculum.getDelivery()));
		assertEquals("The course will be delivered across 12 teaching days.", curriculum.getDelivery().getTeachingDaysPhrase());
	}

	@Test
	void hoversSayHowStronglyTheFrameworkAppliesAnElement() throws IOException {
		Framework curriculum = (Framework) Shipped.load(resourceSets.get()).get("cypmh-leadership.curriculum").getContents().get(0);
		RequiredAssessment reflexivity = curriculum.getAssessments().stream().filter(a -> a.getName().equals("reflexivity")).findFirst().orElseThrow();
		String hover = ElementDescriptions.describe(reflexivity);
		assertTrue(hover.contains("Forms given as examples (others are allowed): in-vivo, reflective-log, appraisal."), hover);
		assertTrue(hover.contains("*Required by the curriculum: “All students should also be assessed in relation to leadership skills and reflexivity”.*"), hover);
		String objective = ElementDescriptions.describe(curriculum.getSections().get(0).getItems().get(0));
		assertTrue(objective.contains("*Required by the curriculum: “should be covered in the curriculum of all CYP MH leadership programmes”.*"), objective);
		String idea = ElementDescriptions.describe(curriculum.getAppendices().get(2).getSections().get(0).getItems().get(0));
		assertTrue(idea.contains("*Listed as an example in the curriculum: “more ideas on possible learning objectives”.*"), idea);
	}

	@Test
	void theToolkitRequiresItsSevenStepsAndTheRestIsGuidance() throws IOException {
		Framework toolkit = (Framework) Shipped.load(resourceSets.get()).get("cypmh-workforce-toolkit.framework").getContents().get(0);
		List<String> required = new ArrayList<>();
		List<Section> sections = new ArrayList<>(toolkit.getSections());
		toolkit.getAppendices().forEach(a -> sections.addAll(a.getSections()));
		for (Section section : sections) {
			if (Modalities.of(section) == Modality.REQUIRED) {
				required.add(section.getName());
				assertEquals(SectionKind.STEP, section.getKind(), section.getName());
			} else {
				assertEquals(Modality.GUIDANCE, Modalities.of(section), section.getName());
			}
		}
		assertEquals(List.of("whoAreWe", "whereHeading", "whereNow", "whereWantToBe", "whatMissing", "makeItHappen", "onTrack"), required);
	}

	@Test
	void withoutAModalityEachKindHasItsDefault() throws IOException {
		Framework f = (Framework) parse("""
				curriculum t.c "T"
				theme a "A" {
					objective o "o" {
						objective p "p"
					}
					content "idea"
				}
				appendix 1 "Ideas" example {
					theme b "B" {
						objective q "q"
					}
				}
				thread t "T" {
					expect delivery "in delivery"
				}
				assessment x "X" required {
					form essay
					element e "e"
				}
				assessment y "Y" advisory {
				}
				""");
		Section a = f.getSections().get(0);
		assertEquals(Modality.UNSTATED, a.getModality());
		assertFalse(Modalities.stated(a));
		assertEquals(Modality.REQUIRED, Modalities.of(a));
		assertEquals(Modality.REQUIRED, Modalities.of(a.getItems().get(0).getChildren().get(0)));
		assertEquals(Modality.EXAMPLE, Modalities.of(a.getContentIdeas().get(0)));
		assertEquals(Modality.EXAMPLE, Modalities.of(f.getAppendices().get(0).getSections().get(0).getItems().get(0)));
		assertEquals(Modality.REQUIRED, Modalities.of(f.getThreads().get(0).getExpectations().get(0)));
		assertEquals(Modality.REQUIRED, Modalities.of(f.getAssessments().get(0).getForms().get(0)));
		assertEquals(Modality.ADVISED, Modalities.of(f.getAssessments().get(0).getElements().get(0)));
		assertEquals(Modality.ADVISED, Modalities.of(f.getAssessments().get(1)));
		assertNull(f.getMix());
		assertNull(Modalities.phrase(a));
	}

	@Test
	void everyElementKindTakesAModalityAndItsPhrase() throws IOException {
		Framework f = (Framework) parse("""
				curriculum t.c "T"
				delivery {
					teaching days 4 advised "about four days"
					study days 2 guidance
					format lecture "l" example "for instance"
				}
				theme a "A" guidance "background" {
					objective o "o" required "must"
				}
				thread t "T" across themes advised "should" {
					expect delivery "in delivery" required "must"
				}
				outcome k "K" example "e.g."
					relates a
				mix oral and written advised "a combination"
				assessment x "X" required "all courses should" {
					form essay "an essay" example "For example"
					element e "e" required "must"
				}
				appendix 1 "Ideas" guidance "ideas" {
				}
				""");
		assertEquals(Modality.ADVISED, f.getDelivery().getTeachingDaysModality());
		assertEquals("about four days", f.getDelivery().getTeachingDaysPhrase());
		assertEquals(Modality.GUIDANCE, Modalities.studyDays(f.getDelivery()));
		assertEquals(Modality.EXAMPLE, Modalities.of(f.getDelivery().getFormats().get(0)));
		assertEquals("for instance", Modalities.phrase(f.getDelivery().getFormats().get(0)));
		assertEquals(Modality.GUIDANCE, Modalities.of(f.getSections().get(0)));
		assertEquals(Modality.REQUIRED, Modalities.of(f.getSections().get(0).getItems().get(0)));
		assertEquals("must", Modalities.phrase(f.getSections().get(0).getItems().get(0)));
		assertEquals(Modality.ADVISED, Modalities.of(f.getThreads().get(0)));
		assertTrue(f.getThreads().get(0).isAcrossThemes());
		assertEquals(Modality.EXAMPLE, Modalities.of(f.getOutcomes().get(0)));
		assertEquals(1, f.getOutcomes().get(0).getThemes().size());
		assertEquals(Modality.ADVISED, Modalities.of(f.getMix()));
		assertEquals("all courses should", f.getAssessments().get(0).getModalPhrase());
		assertEquals(Modality.EXAMPLE, Modalities.of(f.getAssessments().get(0).getForms().get(0)));
		assertEquals("an essay", f.getAssessments().get(0).getForms().get(0).getText());
		assertEquals(Modality.REQUIRED, Modalities.of(f.getAssessments().get(0).getElements().get(0)));
		assertEquals(Modality.GUIDANCE, ((Modal) f.getAppendices().get(0)).getModality());
	}

	@Test
	void theNewKeywordsCanStillBeIds() throws IOException {
		Course course = (Course) parse("""
				course c.example "C"
				module advised "M" {
					day 1 "D" {
						session example "S" lecture
						session guidance "S" lecture
						session mix "S" lecture
						session oral "S" lecture
						session written "S" lecture
						session and "S" lecture
					}
				}
				assessment required "R" form essay
				""");
		assertEquals("advised", course.getModules().get(0).getName());
		assertEquals(List.of("example", "guidance", "mix", "oral", "written", "and"),
				course.getModules().get(0).getDays().get(0).getSessions().stream().map(s -> s.getName()).toList());
	}
}
