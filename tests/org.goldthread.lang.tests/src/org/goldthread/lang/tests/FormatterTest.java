package org.goldthread.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.goldthread.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter gives one canonical layout, and formatting it again changes nothing. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GoldthreadInjectorProvider.class)
class FormatterTest {

	@Inject
	private ParseHelper<Document> parser;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> builders;

	private String format(String text) throws Exception {
		Document doc = parser.parse(text);
		return Formatting.format((XtextResource) doc.eResource(), formatters.get(), requests.get(), builders.get());
	}

	@Test
	void formatsACourseCanonically() throws Exception {
		String messy = """
				course   uni.pg "PG" provider "Uni" implements demo.leadership version "2024" pathway pgcert credits 60
				module m1 "M1" credits 60 { day 1 "D1" on "2025-10-02" 2h { session s1 "Policy" lecture 2 h covers landscape.ukPolicy develops ,landscape.timeline weaves edi , workforce } }
				study day 1 "Study" study day 2 "Study two"
				assessment report "Report" fulfils project form written-report words 4000 weight 100 % { assesses theories addresses project.drivers }
				gap landscape.needs because "Taught elsewhere."
				""";
		String canonical = """
				course uni.pg "PG"
					provider "Uni"
					implements demo.leadership version "2024"
					pathway pgcert
					credits 60

				module m1 "M1" credits 60 {
					day 1 "D1" on "2025-10-02" 2h {
						session s1 "Policy" lecture 2h
							covers landscape.ukPolicy develops, landscape.timeline
							weaves edi, workforce
					}
				}

				study day 1 "Study"
				study day 2 "Study two"

				assessment report "Report" fulfils project form written-report words 4000 weight 100% {
					assesses theories
					addresses project.drivers
				}

				gap landscape.needs because "Taught elsewhere."
				""";
		assertEquals(canonical, format(messy));
		assertEquals(canonical, format(canonical), "formatting is idempotent");
	}

	@Test
	void keepsTbcApartFromItsUnit() throws Exception {
		String canonical = """
				course uni.pg "PG"

				module m1 "M1" {
					day 1 "D1" on tbc tbc h {
						session s1 "Policy" lecture tbc h
							covers tbc
					}
				}

				assessment report "Report" form tbc
				""";
		assertEquals(canonical, format(canonical.replace("tbc h", "tbc   h")));
		assertEquals(canonical, format(canonical), "formatting is idempotent");
	}

	@Test
	void formatsAFrameworkCanonically() throws Exception {
		String messy = """
				curriculum demo.leadership "Demo" version "1" published by "NHS England"
				theme landscape "Landscape" { aim "Be aware." objective ukPolicy "be aware" { objective a "a" objective b "b" } content "An idea." }
				outcome theories "Know theories." relates landscape
				outcome change "Lead change."
				pathway cpd "CPD" { about "CPD." assessment advisory advises project }
				""";
		String canonical = """
				curriculum demo.leadership "Demo"
					version "1"
					published by "NHS England"

				theme landscape "Landscape" {
					aim "Be aware."
					objective ukPolicy "be aware" {
						objective a "a"
						objective b "b"
					}
					content "An idea."
				}

				outcome theories "Know theories."
					relates landscape
				outcome change "Lead change."

				pathway cpd "CPD" {
					about "CPD."
					assessment advisory
					advises project
				}
				""";
		assertEquals(canonical, format(messy));
	}

	@Test
	void formatsAPlanWithEverythingARealPlanSays() throws Exception {
		String messy = """
				plan trust.workforce "Workforce plan" organisation "Trust" for service-provider implements demo.workforce version "2022" period "2025–2027"
				action peer "Create peer support worker posts" addresses recruitment.rolling partly addresses wellbeing.support with "Young people's advisory group", "Local college" owner "Head of Nursing" starts "2025-10" due "2026-09" status started measure "Support worker vacancy rate" baseline "18%" target "10%" milestone "Posts approved" due "2025-12" milestone "Posts filled" due "2026-06" progress "2026-01: posts approved by the board." progress "2026-03: interviews held."
				action support "Staff support" addresses wellbeing measure "Staff survey score" target "7.0"
				""";
		String canonical = """
				plan trust.workforce "Workforce plan"
					organisation "Trust"
					for service-provider
					implements demo.workforce version "2022"
					period "2025–2027"

				action peer "Create peer support worker posts"
					addresses recruitment.rolling
					partly addresses wellbeing.support
					with "Young people's advisory group", "Local college"
					owner "Head of Nursing"
					starts "2025-10"
					due "2026-09"
					status started
					measure "Support worker vacancy rate" baseline "18%" target "10%"
					milestone "Posts approved" due "2025-12"
					milestone "Posts filled" due "2026-06"
					progress "2026-01: posts approved by the board."
					progress "2026-03: interviews held."
				action support "Staff support"
					addresses wellbeing
					measure "Staff survey score" target "7.0"
				""";
		assertEquals(canonical, format(messy));
		assertEquals(canonical, format(canonical), "formatting is idempotent");
	}

	@Test
	void formatsAddresseesOnTheirElementsLine() throws Exception {
		String canonical = """
				framework demo.workforce "Demo"
					version "1"

				area supervision "Supervision" advised to service-provider {
					recommendation mentoring "Service providers should recognise mentoring." to service-provider, education-provider
					recommendation pathways "Professional bodies should join together." to national-body
				}
				""";
		assertEquals(canonical, format(canonical.replace("to service-provider,", "to   service-provider ,")));
		assertEquals(canonical, format(canonical), "formatting is idempotent");
	}

	@Test
	void formatsWhatRealCoursesSay() throws Exception {
		String canonical = """
				course uni.pg "PG"
					entry "A first degree or equivalent."
					entry "A leadership role."

				module m1 "M1" {
					induction day "Welcome" on "2026-09-10" 2h {
						session s0 "Panel" lived-experience-panel 1h
							with "Young Advisors", "Partner trust"
							weaves edi
						session "Coaching" coaching 1h
					}
					day 1 "D1" 2h {
						session s1 "Policy" lecture 2h
							with "Young Advisors"
							covers landscape.ukPolicy
							uses futureInMind, "Local transformation plan" 2025
					}
				}

				study day 1 "Study" on "2026-11-06" 6h for m1

				assessment report "Report" fulfils project form written-report {
					assesses theories
					weaves edi, workforce
				}
				""";
		assertEquals(canonical, format(canonical.replaceAll("\\s+", " ").replace(" ,", "   ,")));
		assertEquals(canonical, format(canonical), "formatting is idempotent");
	}

	@Test
	void keepsChangeRecordsOnTheirElementsLine() throws Exception {
		String messy = """
				curriculum demo.leadership "Demo" version "2" replaces demo.leadership version "1" published by "NHS England"
				theme landscape "Landscape" { objective national "be aware" was split from landscape.ukPolicy objective devolved "devolved" was split from landscape.ukPolicy was reworded }
				retired landscape.timeline because "Folded in."
				retired landscape.other
				""";
		String canonical = """
				curriculum demo.leadership "Demo"
					version "2"
					replaces demo.leadership version "1"
					published by "NHS England"

				theme landscape "Landscape" {
					objective national "be aware" was split from landscape.ukPolicy
					objective devolved "devolved" was split from landscape.ukPolicy was reworded
				}

				retired landscape.timeline because "Folded in."
				retired landscape.other
				""";
		assertEquals(canonical, format(messy));
		assertEquals(canonical, format(canonical), "formatting is idempotent");
	}
}
