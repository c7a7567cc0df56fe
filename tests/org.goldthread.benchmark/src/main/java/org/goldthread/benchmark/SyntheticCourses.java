package org.goldthread.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes realistic synthetic courses for the CYP MH Leadership curriculum: 3 modules, 12 teaching
 * days of 4 sessions, 3 study days, three assessments, about 300 lines, different per seed.
 */
final class SyntheticCourses {

	private final List<String> objectives;
	private final List<String> threads;
	private final List<String> elements;

	SyntheticCourses(List<String> objectives, List<String> threads, List<String> elements) {
		this.objectives = objectives;
		this.threads = threads;
		this.elements = elements;
	}

	String course(int n) {
		Random random = new Random(n);
		StringBuilder s = new StringBuilder();
		s.append("// synthetic course ").append(n).append("\n");
		s.append("course synthetic.course").append(n).append(" \"Synthetic PGCert ").append(n).append("\"\n");
		s.append("\tprovider \"University ").append(n).append("\"\n\timplements cypmh.leadership version \"2024\"\n\tpathway pgcert\n\tcredits 60\n\tlevel 7\n\n");
		s.append("delivery {\n\tpractice \"Young people co-deliver two days\" weaves participation, edi\n}\n\n");
		List<String> toCover = new ArrayList<>(objectives);
		int day = 0;
		for (int module = 1; module <= 3; module++) {
			s.append("module m").append(module).append(" \"Module ").append(module).append("\" credits 20 {\n");
			for (int d = 0; d < 4; d++) {
				day++;
				s.append("\tday ").append(day).append(" \"Day ").append(day).append("\" on \"2025-").append(10 + day / 5).append("-0").append(1 + d)
						.append("\" 6h {\n");
				for (int k = 0; k < 5; k++) {
					String format = k % 2 == 0 ? "lecture" : "small-group";
					s.append("\t\tsession s").append(day).append('_').append(k).append(" \"Session ").append(k).append(" of day ").append(day)
							.append("\" ").append(format).append(" 1.2h\n");
					s.append("\t\t\tcovers ");
					for (int c = 0; c < 2; c++) {
						String objective = !toCover.isEmpty() ? toCover.remove(0) : objectives.get(random.nextInt(objectives.size()));
						s.append(c > 0 ? ", " : "").append(objective).append(random.nextInt(3) == 0 ? " develops" : "");
					}
					s.append("\n\t\t\tweaves ").append(threads.get((day + k) % threads.size())).append(", ")
							.append(threads.get((day + k + 3) % threads.size())).append(", workforce\n");
					if (k % 2 == 0) {
						s.append("\t\t\tuses futureInMind\n");
					}
				}
				s.append("\t}\n");
			}
			s.append("}\n\n");
		}
		for (int i = 1; i <= 3; i++) {
			s.append("study day ").append(i).append(" \"Study day ").append(i).append("\"\n");
		}
		s.append("\nassessment projectReport \"Project report\" fulfils project form written-report words 4000 weight 60% {\n");
		s.append("\tassesses theories, change, involvement, corePrinciples\n\taddresses ");
		s.append(String.join(", ", elements)).append("\n\tweaves ").append(String.join(", ", threads)).append("\n}\n\n");
		s.append("assessment projectTalk \"Project presentation\" fulfils project form presentation minutes 20 weight 20% {\n\tassesses change\n}\n\n");
		s.append("assessment log \"Reflective log\" fulfils reflexivity form reflective-log words 2500 weight 20% {\n\tassesses theories\n}\n");
		return s.toString();
	}
}
