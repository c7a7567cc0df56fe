package org.goldthread.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.goldthread.model.Course;
import org.goldthread.model.Coverage;
import org.goldthread.model.Framework;
import org.goldthread.model.FrameworkKind;
import org.goldthread.model.GoldthreadFactory;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.Module;
import org.goldthread.model.Section;
import org.goldthread.model.SectionKind;
import org.goldthread.model.Session;
import org.goldthread.model.Strength;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.TeachingFormat;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Labels;
import org.junit.jupiter.api.Test;

/** The EMF model is usable from plain Java, without Xtext: build, save as XMI, load, compare. */
class ModelWithoutXtextTest {

	private static final GoldthreadFactory F = GoldthreadFactory.eINSTANCE;

	private static Framework framework() {
		Framework framework = F.createFramework();
		framework.setKind(FrameworkKind.CURRICULUM);
		framework.setName("demo.leadership");
		framework.setTitle("Demo");
		framework.setVersion("2024");
		Section theme = F.createSection();
		theme.setKind(SectionKind.THEME);
		theme.setName("inclusion");
		theme.setTitle("Inclusion");
		Item concepts = F.createItem();
		concepts.setKind(ItemKind.OBJECTIVE);
		concepts.setName("concepts");
		concepts.setText("understand the following concepts:");
		Item equity = F.createItem();
		equity.setKind(ItemKind.OBJECTIVE);
		equity.setName("equity");
		equity.setText("equity and diversity");
		concepts.getChildren().add(equity);
		theme.getItems().add(concepts);
		framework.getSections().add(theme);
		return framework;
	}

	@Test
	void savesAndLoadsFrameworkAndCourseAsXmi() throws Exception {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Framework framework = framework();
		Resource frameworkResource = set.createResource(URI.createURI("memory:/demo.xmi"));
		frameworkResource.getContents().add(framework);

		Course course = F.createCourse();
		course.setName("uni.pg");
		course.setFramework(framework);
		Module module = F.createModule();
		module.setName("m1");
		TeachingDay day = F.createTeachingDay();
		day.setNumber(1);
		Session session = F.createSession();
		session.setTitle("Concepts");
		session.setFormat(TeachingFormat.SMALL_GROUP);
		session.setHours(1.5);
		Coverage coverage = F.createCoverage();
		coverage.setObjective(framework.getSections().get(0).getItems().get(0).getChildren().get(0));
		coverage.setStrength(Strength.DEVELOPS);
		session.getCoverage().add(coverage);
		day.getSessions().add(session);
		module.getDays().add(day);
		course.getModules().add(module);
		Resource courseResource = set.createResource(URI.createURI("memory:/course.xmi"));
		courseResource.getContents().add(course);

		Map<URI, byte[]> saved = new java.util.HashMap<>();
		for (Resource r : set.getResources()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			r.save(out, Map.of());
			saved.put(r.getURI(), out.toByteArray());
		}
		ResourceSet reloaded = new ResourceSetImpl();
		reloaded.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		for (var e : saved.entrySet()) {
			reloaded.createResource(e.getKey()).load(new ByteArrayInputStream(e.getValue()), Map.of());
		}
		Course copy = (Course) reloaded.getResource(URI.createURI("memory:/course.xmi"), false).getContents().get(0);
		assertTrue(EcoreUtil.equals(course, copy));
		Item linked = copy.getModules().get(0).getDays().get(0).getSessions().get(0).getCoverage().get(0).getObjective();
		assertEquals("inclusion.concepts.equity", Ids.relativeId(linked), "the cross-file reference survives the round trip");
		assertSame(reloaded.getResource(URI.createURI("memory:/demo.xmi"), false), linked.eResource());
		assertEquals("learning objective", Labels.kindOf(linked));
	}

	@Test
	void reportCountsFindingsBySeverity() {
		ConformanceReport report = FindingsFactory.eINSTANCE.createConformanceReport();
		for (Severity s : new Severity[] { Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.INFO }) {
			Finding f = FindingsFactory.eINSTANCE.createFinding();
			f.setSeverity(s);
			report.getFindings().add(f);
		}
		assertEquals(1, report.count(Severity.ERROR));
		assertEquals(2, report.count(Severity.WARNING));
		assertEquals(1, report.count(Severity.INFO));
	}
}
