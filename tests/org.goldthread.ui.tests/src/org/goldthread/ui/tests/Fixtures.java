package org.goldthread.ui.tests;

/** Small documents the tests write into their projects (the big one is the shipped Eastfield example). */
final class Fixtures {

	private Fixtures() {
	}

	static final String LOCAL_FRAMEWORK = """
			framework local.skills "Local leadership skills"
				version "1"

			theme basics "Basics of local leadership" {
				aim "Know the basics."
				objective listening "listen to the people you lead"
				objective deciding "decide with the team"
			}

			thread voice "Young people's voice" {
				about "Young people's voice is heard throughout."
			}
			""";

	static final String LOCAL_COURSE = """
			course local.induction "Induction to local leadership"
				implements local.skills version "1"

			gap basics.deciding because "Taught in the partner trust's own programme"

			module m1 "First module" {
				day 1 "Day one" {
					session intro "Introduction" lecture 2h
						covers basics.listening
						weaves voice
				}
			}
			""";

	/** A small course on the shipped curriculum, with findings of every kind the quick fixes resolve. */
	static final String MINI_COURSE = """
			course mini.pgcert "Mini PGCert"
				provider "Test University"
				implements cypmh.leadership version "2024"
				pathway pgcert

			module m1 "Leading in the landscape" credits 30 {
				day 1 "Policy" 6h {
					session timeline "National policy timeline" lecture 2h
						covers landscape.ukPolicy develops, landscape.policyTimeline
						weaves evidence, workforce
					session needs "Population needs" seminar 2h
						covers landscape.populationNeeds
				}
				day 2 "Inclusion" 6h {
					session inclusive "Inclusive organisations" lecture 3h
						covers inclusion.inclusiveOrganisations
						weaves edi
				}
			}

			module m2 "Leading change" credits 30 {
				day 3 "Change" 6h {
					session changeTheory "Change theory" workshop 3h
						covers transformation.localStrategy
						weaves edi
						uses futureInMind
				}
			}
			""";
}
