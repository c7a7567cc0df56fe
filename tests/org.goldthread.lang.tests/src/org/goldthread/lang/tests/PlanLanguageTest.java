package org.goldthread.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.goldthread.model.ActionStatus;
import org.goldthread.model.Addressee;
import org.goldthread.model.Framework;
import org.goldthread.model.Item;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.PlanAction;
import org.goldthread.model.Section;
import org.goldthread.model.support.Addressees;
import org.goldthread.model.support.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Whom framework elements are addressed to, whom a plan is for, and what a real plan's actions say. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GoldthreadInjectorProvider.class)
class PlanLanguageTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private static final String FRAMEWORK = """
			framework demo.workforce "Demo" version "1"
			area supervision "Supervision" advised to service-provider {
				recommendation clinical "Service providers should provide supervision."
				recommendation placements "Service providers and training bodies need to ensure placements." to service-provider, education-provider
				recommendation pathways "Professional bodies should join together." to national-body
			}
			area open "Unaddressed" {
				recommendation investment "Investment in training needs to be directed towards the existing workforce."
			}
			""";

	private static final String PLAN = """
			plan trust.workforce "Plan" organisation "Trust" for service-provider implements demo.workforce version "1"
			action mentors "Mentoring time" addresses supervision.clinical partly addresses supervision.placements
				with "University of Eastvale", "Eastvale College" owner "Chief Nurse" starts "2025-10" due "2026-09" status started
				measure "Mentors with protected time" baseline "40%" target "90%"
				measure "Placement offers"
				milestone "Job plans updated" due "2026-01"
				progress "2026-02: half of the mentors have job plans."
			""";

	private Map<String, Resource> parse() throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource framework = load(set, "memory:/demo.framework", FRAMEWORK);
		Resource plan = load(set, "memory:/trust.plan", PLAN);
		EcoreUtil2.resolveAll(set);
		assertEquals(List.of(), framework.getErrors(), "parses");
		assertEquals(List.of(), plan.getErrors(), "parses");
		return Map.of("framework", framework, "plan", plan);
	}

	private static Resource load(XtextResourceSet set, String uri, String text) throws IOException {
		Resource resource = set.createResource(URI.createURI(uri));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return resource;
	}

	@Test
	void sectionsAndItemsNameTheirAddresseesAndItemsInheritThem() throws IOException {
		Framework framework = (Framework) parse().get("framework").getContents().get(0);
		Section supervision = framework.getSections().get(0);
		assertEquals(List.of(Addressee.SERVICE_PROVIDER), supervision.getAddressees());
		List<Item> items = supervision.getItems();
		assertEquals(List.of(), items.get(0).getAddressees(), "stated on the section, not the item");
		assertEquals(List.of(Addressee.SERVICE_PROVIDER), Addressees.of(items.get(0)), "inherited from the section");
		assertEquals(List.of(Addressee.SERVICE_PROVIDER, Addressee.EDUCATION_PROVIDER), Addressees.of(items.get(1)));
		assertEquals(List.of(Addressee.NATIONAL_BODY), Addressees.of(items.get(2)), "an item's own addressees replace the section's");
		assertEquals(List.of(), Addressees.of(framework.getSections().get(1).getItems().get(0)), "nobody named");
	}

	@Test
	void aPlanSaysWhomItIsForAndWhatEachActionInvolves() throws IOException {
		LocalPlan plan = (LocalPlan) parse().get("plan").getContents().get(0);
		assertEquals(Addressee.SERVICE_PROVIDER, plan.getAudience());
		PlanAction action = plan.getActions().get(0);
		assertEquals(List.of("supervision.clinical"), action.getAddresses().stream().map(Ids::relativeId).toList());
		assertEquals(List.of("supervision.placements"), action.getPartlyAddresses().stream().map(Ids::relativeId).toList());
		assertEquals(List.of("University of Eastvale", "Eastvale College"), action.getPartners());
		assertEquals("2025-10", action.getStart());
		assertEquals("2026-09", action.getDue());
		assertEquals(ActionStatus.STARTED, action.getStatus());
		assertEquals("Mentors with protected time", action.getMeasures().get(0).getText());
		assertEquals("40%", action.getMeasures().get(0).getBaseline());
		assertEquals("90%", action.getMeasures().get(0).getTarget());
		assertEquals(null, action.getMeasures().get(1).getTarget(), "baseline and target are optional");
		assertEquals("Job plans updated", action.getMilestones().get(0).getText());
		assertEquals("2026-01", action.getMilestones().get(0).getDue());
		assertEquals(List.of("2026-02: half of the mentors have job plans."), action.getProgress());
	}

	@Test
	void theNewKeywordsCanStillBeIds() throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource resource = load(set, "memory:/ids.framework", """
				framework demo.ids "Ids" version "1"
				area to "To" { recommendation for "f" recommendation with "w" recommendation measure "m" recommendation milestone "m"
					recommendation progress "p" recommendation baseline "b" recommendation target "t" recommendation starts "s"
					recommendation commissioner "c" }
				""");
		assertEquals(List.of(), resource.getErrors());
		assertEquals(9, ((Framework) resource.getContents().get(0)).getSections().get(0).getItems().size());
	}
}
