package org.goldthread.conformance.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.conformance.Profile;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.model.Document;
import org.goldthread.model.findings.ConformanceReport;

import com.google.inject.Injector;

/**
 * A small curriculum that has one of everything the rules read (delivery, themes with a nested
 * objective, a delivery thread, a cross-theme thread, outcomes, required assessments with forms and
 * elements, an advisory pathway), and a course that conforms to it exactly. Rule tests mutate the
 * course (or the plan) and look for the rule's finding.
 */
final class Fixtures {

	static final String CURRICULUM = """
			curriculum test.core "Test curriculum" version "1"

			delivery {
				about "The course will be delivered across 4 teaching days. In addition to these, all students should be given an extra 2 study days."
				teaching days 4
				study days 2
				format lecture or seminar "Lectures and academic teaching."
				format small-group "Smaller group sessions."
			}

			theme alpha "Alpha theme" {
				aim "Alpha aim."
				objective a1 "first alpha objective"
				objective a2 "understand the following concepts:" {
					objective x "concept x"
					objective y "concept y"
				}
			}

			theme beta "Beta theme" {
				aim "Beta aim."
				objective b1 "first beta objective"
			}

			thread part "Participation" {
				about "Ensure participation throughout:"
				expect delivery "in the way the programme is delivered"
				expect practice "in practice"
			}

			thread work "Workforce planning" across themes {
				about "Relate all themes to workforce planning."
				expect "consider workforce"
			}

			outcome o1 "Outcome one"
				relates alpha
			outcome o2 "Outcome two"
				relates beta

			assessment project "Project" required {
				about "All students are assessed on the project."
				form presentation "presentation(s)"
				form written-report "written report(s)"
				element e1 "element one"
				element e2 "element two"
			}

			assessment reflex "Reflexivity" required {
				form reflective-log "a reflective log"
				form in-vivo "an in vivo format"
			}

			pathway pgcert "Postgraduate certificate" {
				about "PGCert."
			}

			pathway cpd "CPD pathway" {
				about "CPD."
				assessment advisory
				advises project
			}
			""";

	static final String COURSE = """
			course uni.course "Course" provider "Uni"
				implements test.core version "1"
				pathway pgcert credits 40 level 7

			delivery {
				practice "Co-delivered with young people" weaves part
			}

			module m1 "Module one" credits 20 {
				day 1 "Day one" 4h {
					session s1 "Policy lecture" lecture 2h covers alpha.a1, alpha.a2.x weaves part, work
					session s2 "Beta group" small-group 2h covers beta.b1 weaves part, work
				}
				day 2 "Day two" 4h {
					session s3 "Concepts seminar" seminar 2h covers alpha.a2.y weaves work, part
					session s4 "Beta group two" small-group 2h covers beta.b1 develops weaves part, work
				}
			}

			module m2 "Module two" credits 20 {
				day 3 "Day three" {
					session s5 "Alpha lecture" lecture 2h covers alpha.a1 masters weaves part, work
					session s6 "Project group" small-group 2h weaves work
				}
				day 4 "Day four" {
					session s7 "Action learning" action-learning 2h covers beta.b1 masters weaves part, work
					session s8 "Closing lecture" lecture 1h weaves part
				}
			}

			study day 1 "Study one"
			study day 2 "Study two"

			assessment report "Project report" fulfils project form written-report words 4000 weight 60% {
				assesses o1, o2
				addresses project.e1, project.e2
			}

			assessment log "Reflective log" fulfils reflex form reflective-log words 2000 weight 15%

			assessment talk "Project presentation" fulfils project form presentation minutes 20 weight 25% {
				assesses o1
			}
			""";

	static final String WORKFORCE = """
			framework test.workforce "Workforce framework" version "2022"

			recommendation recruit "Recruitment" {
				consideration rolling "rolling recruitment"
			}

			recommendation wellbeing "Wellbeing" {
				consideration support "staff support"
			}
			""";

	static final String PLAN = """
			plan local.plan "Local plan" organisation "Trust"
				implements test.workforce version "2022"

			action a1 "Run rolling recruitment" addresses recruit.rolling owner "HR lead" due "2026-03"
			action a2 "Set up staff support" addresses wellbeing owner "Nursing lead" due "2026-06"
			""";

	private static Injector injector;

	private Fixtures() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = GoldthreadStandaloneSetup.doSetup();
		}
		return injector;
	}

	/** Parses the framework and the document into one resource set and runs the engine. */
	static ConformanceReport check(String framework, String document, Profile profile) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		load(set, "memory:/framework.curriculum", framework);
		Resource resource = load(set, document.trim().startsWith("plan") ? "memory:/doc.plan" : "memory:/doc.course", document);
		EcoreUtil2.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			throw new AssertionError("Fixture does not parse: " + resource.getErrors());
		}
		return new ConformanceEngine().check((Document) resource.getContents().get(0), profile);
	}

	static ConformanceReport course(String course) {
		return check(CURRICULUM, course, Profile.DEFAULT);
	}

	static ConformanceReport plan(String plan) {
		return check(WORKFORCE, plan, Profile.DEFAULT);
	}

	private static Resource load(XtextResourceSet set, String uri, String text) {
		Resource resource = set.createResource(URI.createURI(uri));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		return resource;
	}

	/** Replaces {@code from} (which must occur) by {@code to}. */
	static String change(String text, String from, String to) {
		if (!text.contains(from)) {
			throw new AssertionError("The fixture does not contain: " + from);
		}
		return text.replace(from, to);
	}
}
