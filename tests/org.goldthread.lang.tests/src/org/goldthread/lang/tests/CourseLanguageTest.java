package org.goldthread.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.goldthread.model.Course;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.DayKind;
import org.goldthread.model.ExpectationAspect;
import org.goldthread.model.Framework;
import org.goldthread.model.Session;
import org.goldthread.model.StudyDay;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.TeachingFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What real courses say beyond the curriculum (issue 19): entry requirements, non-teaching days,
 * co-delivered sessions, the session formats real programmes use, resources outside the framework,
 * study days with date, hours and module, and assessments that name the golden threads they examine.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GoldthreadInjectorProvider.class)
class CourseLanguageTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private static final String FRAMEWORK = """
			curriculum demo.leadership "Demo" version "1"
			theme alpha "Alpha" { objective a1 "Know a1." }
			thread edi "EDI" {
				expect assessment "Assessments should examine all outcomes, with specific reference to the golden threads" advised "with specific reference to the golden threads"
			}
			thread part "Participation" { }
			appendix 1 "Resources" { policy futureInMind "Future in mind" year 2015 }
			""";

	private static final String COURSE = """
			course uni.pg "PG" implements demo.leadership version "1"
				entry "A first degree or equivalent."
				entry "A leadership role in a CYP MH service."
			module m1 "M1" {
				induction day "Welcome and orientation" on "2026-09-10" 3h {
					session "Young people's panel" lived-experience-panel 1.5h with "Young Advisors" weaves part
					session "Meeting your coach" coaching 1.5h
				}
				day 1 "D1" 6h {
					session s1 "Policy" lecture 2h with "Young Advisors", "Eastvale Partnership NHS Trust" covers alpha.a1 weaves edi
						uses futureInMind, "Eastvale Local Transformation Plan" 2025, "Unpublished team charter"
					session "Role-play" role-play 1h
					session "Coaching" coaching 0.5h
					session "Mentoring" mentoring 0.5h
					session "Supervision" supervision 0.5h
					session "Visit" workplace-visit 0.5h
					session "Set" action-learning-set 0.5h
					session "Panel" lived-experience-panel 0.5h
				}
				orientation day "Library and systems" { }
				celebration day "Graduation" { }
			}
			study day 1 "Project scoping" on "2026-11-06" 6h for m1
			study day 2 "Writing up"
			assessment report "Report" form essay {
				weaves edi, part
			}
			""";

	private Course parse() throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource framework = load(set, "memory:/demo.curriculum", FRAMEWORK);
		Resource course = load(set, "memory:/uni.course", COURSE);
		EcoreUtil2.resolveAll(set);
		assertEquals(List.of(), framework.getErrors(), "parses");
		assertEquals(List.of(), course.getErrors(), "parses and links");
		return (Course) course.getContents().get(0);
	}

	private static Resource load(XtextResourceSet set, String uri, String text) throws IOException {
		Resource resource = set.createResource(URI.createURI(uri));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return resource;
	}

	@Test
	void entryRequirements() throws IOException {
		assertEquals(List.of("A first degree or equivalent.", "A leadership role in a CYP MH service."), parse().getEntryRequirements());
	}

	@Test
	void nonTeachingDaysSayWhatTheyAre() throws IOException {
		List<TeachingDay> days = parse().getModules().get(0).getDays();
		assertEquals(List.of(DayKind.INDUCTION, DayKind.TEACHING, DayKind.ORIENTATION, DayKind.CELEBRATION), days.stream().map(TeachingDay::getKind).toList());
		assertEquals("2026-09-10", days.get(0).getDate());
		assertEquals(3.0, days.get(0).getHours());
		assertEquals(1, days.get(1).getNumber());
	}

	@Test
	void sessionsAreCoDeliveredAndUseResourcesOutsideTheFramework() throws IOException {
		Session s1 = parse().getModules().get(0).getDays().get(1).getSessions().get(0);
		assertEquals(List.of("Young Advisors", "Eastvale Partnership NHS Trust"), s1.getDeliveredWith());
		assertEquals("Future in mind", s1.getResources().get(0).getTitle());
		assertEquals("Eastvale Local Transformation Plan", s1.getExternalResources().get(0).getTitle());
		assertEquals(2025, s1.getExternalResources().get(0).getYear());
		assertEquals(0, s1.getExternalResources().get(1).getYear(), "the year is optional");
	}

	@Test
	void theFormatsRealProgrammesUse() throws IOException {
		List<TeachingFormat> formats = parse().getModules().get(0).getDays().get(1).getSessions().stream().map(Session::getFormat).toList();
		assertEquals(List.of(TeachingFormat.LECTURE, TeachingFormat.ROLE_PLAY, TeachingFormat.COACHING, TeachingFormat.MENTORING,
				TeachingFormat.SUPERVISION, TeachingFormat.WORKPLACE_VISIT, TeachingFormat.ACTION_LEARNING_SET, TeachingFormat.LIVED_EXPERIENCE_PANEL), formats);
	}

	@Test
	void studyDaysHaveDateHoursAndModule() throws IOException {
		Course course = parse();
		StudyDay first = course.getStudyDays().get(0);
		assertEquals("2026-11-06", first.getDate());
		assertEquals(6.0, first.getHours());
		assertEquals(course.getModules().get(0), first.getModule());
		assertEquals(null, course.getStudyDays().get(1).getModule(), "all optional");
	}

	@Test
	void assessmentsWeaveGoldenThreadsAndFrameworksExpectIt() throws IOException {
		Course course = parse();
		CourseAssessment report = course.getAssessments().get(0);
		assertEquals(List.of("edi", "part"), report.getThreads().stream().map(t -> t.getName()).toList());
		Framework framework = course.getFramework();
		assertEquals(ExpectationAspect.ASSESSMENT, framework.getThreads().get(0).getExpectations().get(0).getAspect());
	}

	@Test
	void theNewKeywordsCanStillBeIds() throws IOException {
		Resource resource = load(resourceSets.get(), "memory:/ids.course", """
				course uni.ids "Ids"
				module induction "M" { day 1 "D" { session entry "E" lecture session coaching "C" seminar session celebration "C" seminar
					session orientation "O" seminar session mentoring "M" seminar session supervision "S" seminar } }
				assessment induction "A" form essay
				""");
		assertEquals(List.of(), resource.getErrors());
		assertFalse(resource.getContents().isEmpty());
		assertTrue(((Course) resource.getContents().get(0)).getModules().get(0).getDays().get(0).getKind() == DayKind.TEACHING);
	}
}
